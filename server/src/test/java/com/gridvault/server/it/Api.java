package com.gridvault.server.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared access to the integration-test server the build started (see server/pom.xml). */
final class Api {

    static final String BASE = System.getProperty("gridvault.it.baseUri", "http://localhost:19080");
    static final Path HOME = Path.of(System.getProperty("gridvault.it.home", "target/it-home"));

    private Api() {}

    static String adminPassword() {
        try {
            return Files.readString(HOME.resolve("data/initial-admin-password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification anonymous() {
        return given().baseUri(BASE);
    }

    static RequestSpecification admin() {
        return given().baseUri(BASE).auth().preemptive().basic("admin", adminPassword());
    }
}
