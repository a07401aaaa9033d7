package com.gridvault.server.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in with tokens: access JWTs, rotating refresh tokens, reuse detection and sign-out. */
class TokenAuthIT {

    private static JsonPath login() {
        return Api.anonymous()
                .contentType("application/json")
                .body(Map.of("username", "admin", "password", Api.adminPassword()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue())
                .extract()
                .jsonPath();
    }

    private static JsonPath refresh(String refreshToken, int status) {
        return Api.anonymous()
                .contentType("application/json")
                .body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @Test
    void anAccessTokenAuthenticatesRequests() {
        String access = login().getString("accessToken");
        Api.anonymous()
                .header("Authorization", "Bearer " + access)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("admin"));
        Api.anonymous()
                .header("Authorization", "Bearer " + access + "x")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
        Api.anonymous()
                .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
        Api.anonymous()
                .contentType("application/json")
                .body(Map.of("username", "admin", "password", "wrong"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refreshRotatesAndReusingARotatedTokenRevokesTheFamily() {
        String first = login().getString("refreshToken");
        JsonPath rotated = refresh(first, 200);
        String second = rotated.getString("refreshToken");
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first);
        Api.anonymous()
                .header("Authorization", "Bearer " + rotated.getString("accessToken"))
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);

        refresh(first, 401);
        refresh(second, 401);
    }

    @Test
    void logoutRevokesTheSession() {
        String refreshToken = login().getString("refreshToken");
        Api.anonymous()
                .contentType("application/json")
                .body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        refresh(refreshToken, 401);
        refresh("gvr_not-a-real-token", 401);
    }

    @Test
    void signingKeysRotateWithoutInvalidatingLiveTokens() {
        String access = login().getString("accessToken");
        Api.admin()
                .post("/api/v1/admin/auth/signing-keys/rotate")
                .then()
                .statusCode(200)
                .body("activeKeyId", not(equalTo(null)));
        Api.anonymous()
                .header("Authorization", "Bearer " + access)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);
        Api.anonymous().post("/api/v1/admin/auth/signing-keys/rotate").then().statusCode(401);
    }
}
