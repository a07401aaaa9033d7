package com.gridvault.server.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * Throw-away accounts for one test class on the shared IT server: each name gets the class's random
 * suffix (the server's database outlives a run), all share one password, and the usual set-up
 * (organization, workspace, member) is one call each.
 */
final class ItUsers {

    /** Every account's password. */
    static final String PASSWORD = "correct horse battery staple";

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** The suffix, for names of other objects that must not collide between runs. */
    String suffix() {
        return suffix;
    }

    /** The account name of {@code name} in this class, e.g. {@code olga-1a2b3c4d}. */
    String username(String name) {
        return name + "-" + suffix;
    }

    /** Creates the accounts as the appliance administrator. */
    ItUsers create(String... names) {
        for (String name : names) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", username(name), "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        return this;
    }

    /** A JSON request as {@code name} with Basic authentication. */
    RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(username(name), PASSWORD);
    }

    /** The account's user id. */
    String userId(String name) {
        return as(name).get("/api/v1/auth/me").then().statusCode(200).extract().path("userId");
    }

    /** A new organization owned by {@code owner}; returns its id. */
    String organization(String owner, String orgName) {
        return as(owner)
                .body(Map.of("name", orgName))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new workspace in the organization, created by {@code owner}; returns its id. */
    String workspace(String owner, String orgId, String workspaceName) {
        return as(owner)
                .body(Map.of("name", workspaceName))
                .post("/api/v1/orgs/" + orgId + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Adds {@code name} to the organization with a role, as {@code owner}. */
    void addMember(String owner, String orgId, String name, String role) {
        as(owner)
                .body(Map.of("username", username(name), "role", role))
                .post("/api/v1/orgs/" + orgId + "/members")
                .then()
                .statusCode(201);
    }
}
