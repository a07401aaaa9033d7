package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invitations (new or existing accounts, single use, all-or-nothing) and the self-registration switch. */
class InvitationsIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anInvitationCreatesAnAccountWithItsRoleOnceAndAFailedAcceptanceLeavesNothing() {
        createUser("olivia");
        createUser("sam");
        String org = as("olivia")
                .body(Map.of("name", "Invites " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String token = as("olivia")
                .body(Map.of("role", "ANALYST", "note", "for the new analyst"))
                .post("/api/v1/orgs/" + org + "/invitations")
                .then()
                .statusCode(201)
                .body("invitation.role", equalTo("ANALYST"))
                .extract()
                .path("token");
        String listed = as("olivia")
                .get("/api/v1/orgs/" + org + "/invitations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(listed).contains("for the new analyst").doesNotContain(token);

        accept(token, "newbie-" + SUFFIX, "short").then().statusCode(400);
        login("newbie-" + SUFFIX).then().statusCode(401); // nothing was created
        accept(token, "newbie-" + SUFFIX, PASSWORD).then().statusCode(201).body("orgId", equalTo(org));
        given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic("newbie-" + SUFFIX, PASSWORD)
                .get("/api/v1/orgs")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + org + "' }.role", equalTo("ANALYST"));
        accept(token, "second-" + SUFFIX, PASSWORD).then().statusCode(404).body("detail", containsString("was used"));
        login("second-" + SUFFIX).then().statusCode(401);

        String forSam = as("olivia")
                .body(Map.of("role", "VIEWER"))
                .post("/api/v1/orgs/" + org + "/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        as("sam")
                .body(Map.of("token", forSam))
                .post("/api/v1/users/me/invitations/accept")
                .then()
                .statusCode(200);
        as("sam").get("/api/v1/orgs/" + org + "/workspaces").then().statusCode(200);
        as("sam")
                .body(Map.of("role", "ADMIN"))
                .post("/api/v1/orgs/" + org + "/invitations")
                .then()
                .statusCode(403);
        createUser("tess");
        as("tess").get("/api/v1/orgs/" + org + "/invitations").then().statusCode(404);
    }

    @Test
    void selfRegistrationIsOffByDefault() {
        given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of("username", "walkin-" + SUFFIX, "displayName", "Walk In", "password", PASSWORD))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("invitation"));
        login("walkin-" + SUFFIX).then().statusCode(401);
    }

    private static io.restassured.response.Response accept(String token, String username, String password) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of(
                        "token",
                        token,
                        "account",
                        Map.of("username", username, "displayName", username, "password", password)))
                .post("/api/v1/auth/invitations/accept");
    }

    private static io.restassured.response.Response login(String username) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/login");
    }

    private static void createUser(String name) {
        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }
}
