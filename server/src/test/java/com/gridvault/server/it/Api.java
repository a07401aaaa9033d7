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

    /** Polls a job as {@code username} until it ends (at most 4 minutes); fails the test otherwise. */
    static io.restassured.path.json.JsonPath awaitJob(String username, String password, String jobId) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(4).toNanos();
        io.restassured.path.json.JsonPath job;
        do {
            job = given().baseUri(BASE)
                    .auth()
                    .preemptive()
                    .basic(username, password)
                    .get("/api/v1/jobs/" + jobId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (java.util.List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.getString("status"))) {
                return job;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("job " + jobId + " did not finish: " + job.prettify());
    }
}
