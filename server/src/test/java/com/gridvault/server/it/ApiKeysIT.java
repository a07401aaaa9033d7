package com.gridvault.server.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API keys: shown once, scoped, listed without secrets, revocable. */
class ApiKeysIT {

    private static Response create(List<String> scopes, String expiresAt) {
        var body = new java.util.HashMap<String, Object>(Map.of("name", "ci", "scopes", scopes));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt);
        }
        return Api.admin().contentType("application/json").body(body).post("/api/v1/auth/api-keys");
    }

    @Test
    void aReadKeyReadsButCannotWriteAndIsListedWithoutItsSecret() {
        Response created = create(List.of("read"), null);
        created.then().statusCode(201).body("key", notNullValue()).body("prefix", notNullValue());
        String key = created.path("key");
        String id = created.path("id");

        Api.anonymous()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("admin"));
        Api.anonymous()
                .header("Authorization", "Bearer " + key)
                .contentType("application/json")
                .body(Map.of("name", "x"))
                .post("/api/v1/orgs")
                .then()
                .statusCode(403);

        Api.admin()
                .get("/api/v1/auth/api-keys")
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.lastUsedAt", notNullValue())
                .body("find { it.id == '" + id + "' }.key", nullValue())
                .body(not(org.hamcrest.Matchers.containsString(key)));

        Api.admin().delete("/api/v1/auth/api-keys/" + id).then().statusCode(204);
        Api.anonymous()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
        Api.admin().delete("/api/v1/auth/api-keys/" + id).then().statusCode(404);
    }

    @Test
    void aWriteKeyWritesAndBadRequestsAreRefused() {
        String key = create(List.of("read", "write"), "2099-01-01T00:00:00Z")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        Api.anonymous()
                .header("Authorization", "Bearer " + key)
                .contentType("application/json")
                .body(Map.of("name", "keyed org"))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201);
        create(List.of("admin"), null).then().statusCode(400).body("errors.field", hasItem("scopes"));
        create(List.of("read"), "2020-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("expiresAt"));
        Api.anonymous()
                .header("Authorization", "Bearer gvk_00000000_forged")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
    }
}
