package com.gridvault.server.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** Cross-origin access only for the configured origins (server.env of the IT server lists two). */
class CorsIT {

    @Test
    void aListedOriginGetsPreflightAndResponseHeaders() {
        Api.anonymous()
                .header("Origin", "https://dashboards.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/auth/login")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboards.example.com"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        Api.admin()
                .header("Origin", "https://EXCEL.example.com")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://EXCEL.example.com"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anotherOriginGetsNoCrossOriginAccess() {
        Api.anonymous()
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/orgs/x")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        Api.admin()
                .header("Origin", "https://dashboards.example.com.evil.net")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
