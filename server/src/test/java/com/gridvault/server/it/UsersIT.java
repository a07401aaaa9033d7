package com.gridvault.server.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Own account, password change, and what disabling an account does to its credentials. */
class UsersIT {

    private static final String PASSWORD = "correct horse battery staple";

    private static String createUser(String name) {
        return Api.admin()
                .contentType("application/json")
                .body(Map.of("username", name, "displayName", name, "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, String> login(String user, String password) {
        return Api.anonymous()
                .contentType("application/json")
                .body(Map.of("username", user, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndSignsOutRefreshTokens() {
        String user = "pat-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(user);
        String refresh = login(user, PASSWORD).get("refreshToken");
        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, PASSWORD)
                .contentType("application/json")
                .body(Map.of("displayName", "Pat Q."))
                .patch("/api/v1/users/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Pat Q."));

        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, PASSWORD)
                .contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
                .put("/api/v1/users/me/password")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("newPassword"));
        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, PASSWORD)
                .contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"))
                .put("/api/v1/users/me/password")
                .then()
                .statusCode(204);

        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, "another long passphrase")
                .get("/api/v1/users/me")
                .then()
                .statusCode(200);
        Api.anonymous()
                .contentType("application/json")
                .body(Map.of("refreshToken", refresh))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void aDisabledAccountLosesBasicBearerAndApiKeyAccess() {
        String user = "dana-" + UUID.randomUUID().toString().substring(0, 8);
        String id = createUser(user);
        String access = login(user, PASSWORD).get("accessToken");
        String key = Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, PASSWORD)
                .contentType("application/json")
                .body(Map.of("name", "script", "scopes", java.util.List.of("read")))
                .post("/api/v1/auth/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");

        Api.admin().post("/api/v1/admin/users/" + id + "/disable").then().statusCode(204);
        Api.anonymous()
                .header("Authorization", "Bearer " + access)
                .get("/api/v1/users/me")
                .then()
                .statusCode(401);
        Api.anonymous()
                .header("Authorization", "Bearer " + key)
                .get("/api/v1/users/me")
                .then()
                .statusCode(401);
        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, PASSWORD)
                .get("/api/v1/users/me")
                .then()
                .statusCode(401);
        org.assertj.core.api.Assertions.assertThat(listedEnabled(id)).isEqualTo(false);

        Api.admin().post("/api/v1/admin/users/" + id + "/enable").then().statusCode(204);
        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, PASSWORD)
                .get("/api/v1/users/me")
                .then()
                .statusCode(200);
    }

    /** The account's "enabled" flag as the admin list shows it, paging through the whole list. */
    private static Boolean listedEnabled(String id) {
        String cursor = null;
        do {
            var page = Api.admin()
                    .queryParam("limit", 200)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                    .get("/api/v1/admin/users")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Boolean enabled = page.get("items.find { it.id == '" + id + "' }.enabled");
            if (enabled != null) {
                return enabled;
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return null;
    }
}
