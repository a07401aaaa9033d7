package com.gridvault.server.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every error is an RFC 9457 problem document with the request's correlation id and no stack trace. */
class ErrorHandlingIT {

    private static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", matchesPattern("urn:gridvault:problem:[a-z-]+"))
                .body("requestId", notNullValue())
                .body(not(containsString("\tat ")))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownRoutesInsideAndOutsideTheApiAre404Problems() {
        isProblem(Api.admin().get("/api/v1/no-such-thing").then(), 404)
                .body("instance", equalTo("/api/v1/no-such-thing"));
        isProblem(Api.anonymous().get("/no-such-page").then(), 404).body("detail", containsString("/api/v1"));
    }

    @Test
    void correlationIdIsAcceptedEchoedOrReplaced() {
        isProblem(
                        Api.anonymous()
                                .header("X-Request-Id", "trace-42")
                                .get("/api/v1/auth/me")
                                .then(),
                        401)
                .header("X-Request-Id", "trace-42")
                .body("requestId", equalTo("trace-42"));
        String injected = "evil\"id with spaces";
        Api.anonymous()
                .header("X-Request-Id", injected)
                .get("/api/v1/auth/me")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void missingOrWrongCredentialsAre401WithAChallenge() {
        isProblem(Api.anonymous().get("/api/v1/admin/plugins").then(), 401)
                .header("WWW-Authenticate", containsString("Basic"));
        isProblem(
                        Api.anonymous()
                                .auth()
                                .preemptive()
                                .basic("admin", "wrong")
                                .get("/api/v1/auth/me")
                                .then(),
                        401)
                .body("detail", equalTo("Invalid username or password"));
        isProblem(
                Api.anonymous()
                        .header("Authorization", "Basic !!!")
                        .get("/api/v1/auth/me")
                        .then(),
                401);
        isProblem(
                Api.anonymous()
                        .header("Authorization", "Bearer abc")
                        .get("/api/v1/auth/me")
                        .then(),
                401);
    }

    @Test
    void wrongMethodAndMediaType() {
        isProblem(Api.admin().delete("/api/v1/auth/me").then(), 405);
        isProblem(
                Api.admin()
                        .contentType("text/plain")
                        .body("x")
                        .post("/api/v1/models/test.anything/evaluate")
                        .then(),
                415);
    }

    @Test
    void oversizedBodiesAre413BeforeTheyAreRead() {
        // The IT server caps ordinary bodies at 64 KiB (GRIDVAULT_HTTP_MAX_BODY_BYTES in src/it/server.env).
        String big = "{\"label\":\"" + "x".repeat(70_000) + "\"}";
        isProblem(
                        Api.admin()
                                .contentType("application/json")
                                .body(big)
                                .post("/api/v1/models/test.echo/evaluate")
                                .then(),
                        413)
                .body("detail", containsString("gridvault.http.max-body-bytes"));
    }

    @Test
    void malformedJsonAndValidationNameTheProblem() {
        PluginFixtures.ensureEchoPluginInstalled();
        isProblem(
                        Api.admin()
                                .contentType("application/json")
                                .body("{\"amount\": 1,")
                                .post("/api/v1/models/test.echo/evaluate")
                                .then(),
                        400)
                .body("title", equalTo("Malformed JSON"));
        isProblem(
                        Api.admin()
                                .contentType("application/json")
                                .body("{\"amount\": 1, \"lable\": \"x\"}")
                                .post("/api/v1/models/test.echo/evaluate")
                                .then(),
                        400)
                .body("detail", containsString("lable"));
        isProblem(
                        Api.admin()
                                .contentType("application/json")
                                .body("{\"amount\": -5}")
                                .post("/api/v1/models/test.echo/evaluate")
                                .then(),
                        400)
                .body("errors.field", hasItems("amount", "label"));
    }
}
