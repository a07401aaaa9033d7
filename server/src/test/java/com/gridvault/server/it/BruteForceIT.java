package com.gridvault.server.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Login throttling: the lockout engages, and the correct password is still refused while locked. */
class BruteForceIT {

    @Test
    void lockoutEngagesAndHoldsEvenForTheRightPassword() {
        String user = "target-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse battery staple";
        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", user, "displayName", "Target", "password", password))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);

        for (int i = 0; i < 5; i++) {
            Api.anonymous()
                    .contentType("application/json")
                    .body(Map.of("username", user, "password", "guess-" + i))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        Api.anonymous()
                .contentType("application/json")
                .body(Map.of("username", user, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("detail", containsString("Too many failed sign-in attempts"));
        Api.anonymous()
                .auth()
                .preemptive()
                .basic(user, password)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(429);
        Api.admin().get("/api/v1/auth/me").then().statusCode(200);
    }
}
