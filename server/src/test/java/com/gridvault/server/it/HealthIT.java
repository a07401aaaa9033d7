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
                .body("checks.find { it.name == 'database' }.data.schemaVersion", equalTo("1"));
    }

    @Test
    void livenessAndStartupAreUp() {
        Api.anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Api.anonymous().get("/health/started").then().statusCode(200).body("checks.name", hasItems("startup"));
    }
}
