package com.gridvault.server.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessReportsDatabasePluginsAndEvaluationMode() {
        Api.anonymous()
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "plugins"))
                .body("checks.find { it.name == 'database' }.data.mode", equalTo("evaluation"))
                .body("checks.find { it.name == 'database' }.data.vendor", equalTo("H2"))
                .body("checks.find { it.name == 'database' }.data.schemaVersion", equalTo(latestMigration()));
    }

    /** The highest V<n>__*.sql in the sources: the schema version a fresh start must reach. */
    private static String latestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void livenessAndStartupAreUp() {
        Api.anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Api.anonymous().get("/health/started").then().statusCode(200).body("checks.name", hasItems("startup"));
    }
}
