package com.gridvault.server.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

class ApiDocumentationIT {

    @Test
    void openApiDescribesTheRestApi() {
        Api.anonymous()
                .accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/admin/plugins"))
                .body("paths", hasKey("/api/v1/models/{modelId}/evaluate"))
                .body("components.securitySchemes.basic", notNullValue());
        Api.anonymous().get("/openapi/ui/").then().statusCode(200);
    }

    @Test
    void metricsArePrometheusText() {
        Api.anonymous()
                .get("/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE"))
                .body(containsString("jvm_uptime"));
    }

    @Test
    void modelCatalogListsBundledModelsWithSchemas() {
        Api.admin()
                .get("/api/v1/models")
                .then()
                .statusCode(200)
                .body("find { it.id == 'valuation.dcf' }.inputSchema", notNullValue())
                .body("find { it.id == 'valuation.dcf' }.pluginId", containsString("models-valuation"));
    }
}
