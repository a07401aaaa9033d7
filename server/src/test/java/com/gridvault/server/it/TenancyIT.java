package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organizations, members, workspaces and projects; tenant isolation proven endpoint by endpoint. */
class TenancyIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String B_SECRET = "Beta-secret-" + SUFFIX;

    private static String orgA;
    private static String orgB;
    private static String workspaceB;
    private static String projectB;
    private static String bobId;
    private static String runB;
    private static final Map<String, String> A_MEMBERS = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void twoTenants() {
        for (String name : List.of("alice", "aaron", "anna", "avery", "bob")) {
            createUser(name + "-" + SUFFIX);
        }
        orgA = as("alice")
                .body(Map.of("name", "Alpha " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .body("role", equalTo("OWNER"))
                .extract()
                .path("id");
        for (var member :
                Map.of("aaron", "ADMIN", "anna", "ANALYST", "avery", "VIEWER").entrySet()) {
            as("alice")
                    .body(Map.of("username", member.getKey() + "-" + SUFFIX, "role", member.getValue()))
                    .post("/api/v1/orgs/" + orgA + "/members")
                    .then()
                    .statusCode(201);
        }
        A_MEMBERS.put("alice", "OWNER");
        A_MEMBERS.put("aaron", "ADMIN");
        A_MEMBERS.put("anna", "ANALYST");
        A_MEMBERS.put("avery", "VIEWER");

        orgB = as("bob")
                .body(Map.of("name", B_SECRET))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        workspaceB = as("bob")
                .body(Map.of("name", B_SECRET + " desk", "description", B_SECRET))
                .post("/api/v1/orgs/" + orgB + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        projectB = as("bob")
                .body(Map.of("name", B_SECRET + " project"))
                .post("/api/v1/workspaces/" + workspaceB + "/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        bobId = as("bob").get("/api/v1/auth/me").then().extract().path("userId");
        runB = as("bob")
                .body(Map.of(
                        "type",
                        "PUT",
                        "spot",
                        100.0,
                        "strike",
                        95.0,
                        "timeToExpiry",
                        1.0,
                        "volatility",
                        0.25,
                        "rate",
                        0.03,
                        "dividendYield",
                        0.0))
                .post("/api/v1/workspaces/" + workspaceB + "/models/derivatives.black-scholes/runs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void crossTenantMatrixFromTheOpenApiDocument() {
        JsonPath openApi = given().baseUri(Api.BASE)
                .accept("application/json")
                .get("/openapi")
                .then()
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> checked = new ArrayList<>();
        for (var path : paths.entrySet()) {
            String template = path.getKey();
            if (!template.matches(".*\\{(orgId|workspaceId|projectId|userId|runId)}.*")) {
                continue;
            }
            String concrete = template.replace("{orgId}", orgB)
                    .replace("{workspaceId}", workspaceB)
                    .replace("{projectId}", projectB)
                    .replace("{userId}", bobId)
                    .replace("{runId}", runB)
                    .replace("{modelId}", "derivatives.black-scholes")
                    .replace("{configId}", UUID.randomUUID().toString())
                    .replace("{taskKind}", "chat")
                    .replace("{templateId}", "analyst.default")
                    .replace("{invitationId}", UUID.randomUUID().toString())
                    // any other id of a new endpoint: a random one (the org in the path is still B's)
                    .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
            for (String method : path.getValue().keySet()) {
                for (String member : A_MEMBERS.keySet()) {
                    Response response = as(member)
                            .body(Map.of(
                                    "name",
                                    "hijack",
                                    "description",
                                    "hijack",
                                    "username",
                                    "anna-" + SUFFIX,
                                    "role",
                                    "OWNER"))
                            .request(method.toUpperCase(java.util.Locale.ROOT), concrete);
                    assertThat(response.statusCode())
                            .as("%s %s as %s of A", method, template, A_MEMBERS.get(member))
                            .isIn(400, 403, 404, 405, 415);
                    assertThat(response.asString())
                            .as("%s %s as %s", method, template, member)
                            .doesNotContain(B_SECRET);
                    checked.add(method + " " + template);
                }
            }
        }
        assertThat(checked)
                .as("endpoints with tenant ids were found in the OpenAPI document")
                .hasSizeGreaterThanOrEqualTo(4 * 15);

        as("bob")
                .get("/api/v1/workspaces/" + workspaceB)
                .then()
                .statusCode(200)
                .body("name", equalTo(B_SECRET + " desk"));
        as("bob").get("/api/v1/projects/" + projectB).then().statusCode(200);
        as("bob").get("/api/v1/model-runs/" + runB).then().statusCode(200);
        as("bob").get("/api/v1/orgs/" + orgB + "/members").then().body("items.userId", not(hasItem(lookupId("anna"))));
        for (String member : A_MEMBERS.keySet()) {
            as(member).get("/api/v1/orgs").then().statusCode(200).body("items.id", not(hasItem(orgB)));
        }
    }

    @Test
    void rolesGrantWhatTheTableSays() {
        as("avery")
                .body(Map.of("name", "viewer ws"))
                .post("/api/v1/orgs/" + orgA + "/workspaces")
                .then()
                .statusCode(403);
        as("anna")
                .body(Map.of("name", "analyst ws"))
                .post("/api/v1/orgs/" + orgA + "/workspaces")
                .then()
                .statusCode(403);
        String ws = as("aaron")
                .body(Map.of("name", "desk"))
                .post("/api/v1/orgs/" + orgA + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("anna")
                .body(Map.of("name", "analysis"))
                .post("/api/v1/workspaces/" + ws + "/projects")
                .then()
                .statusCode(201);
        as("avery")
                .get("/api/v1/workspaces/" + ws + "/projects")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
        as("avery").delete("/api/v1/workspaces/" + ws).then().statusCode(403);

        as("aaron")
                .body(Map.of("role", "OWNER"))
                .patch("/api/v1/orgs/" + orgA + "/members/" + lookupId("anna"))
                .then()
                .statusCode(403);
        as("aaron")
                .delete("/api/v1/orgs/" + orgA + "/members/" + lookupId("alice"))
                .then()
                .statusCode(403);
        as("alice")
                .delete("/api/v1/orgs/" + orgA + "/members/" + lookupId("alice"))
                .then()
                .statusCode(409);
        as("alice")
                .body(Map.of("plan", "ENTERPRISE"))
                .patch("/api/v1/orgs/" + orgA)
                .then()
                .statusCode(403);
    }

    @Test
    void textIsStoredAndReturnedLiterallyAndPagesAreBounded() {
        String injection = "'; DROP TABLE workspace; -- <script>alert(1)</script> ${jndi:ldap://x} \u00e9\u4e2d";
        String tenKb = "x".repeat(10_240);
        String id = as("alice")
                .body(Map.of("name", injection, "description", tenKb))
                .post("/api/v1/orgs/" + orgA + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("alice")
                .get("/api/v1/workspaces/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(injection))
                .body("description", equalTo(tenKb));

        for (int i = 0; i < 3; i++) {
            as("alice")
                    .body(Map.of("name", "page " + i))
                    .post("/api/v1/workspaces/" + id + "/projects")
                    .then()
                    .statusCode(201);
        }
        JsonPath first = as("alice")
                .queryParam("limit", 2)
                .get("/api/v1/workspaces/" + id + "/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();
        as("alice")
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/api/v1/workspaces/" + id + "/projects")
                .then()
                .body("items.size()", equalTo(1))
                .body("nextCursor", equalTo(null));
        as("alice")
                .queryParam("limit", 0)
                .get("/api/v1/workspaces/" + id + "/projects")
                .then()
                .statusCode(400);
        as("alice")
                .queryParam("limit", 201)
                .get("/api/v1/workspaces/" + id + "/projects")
                .then()
                .statusCode(400);
        as("alice")
                .body(Map.of("name", ""))
                .post("/api/v1/orgs/" + orgA + "/workspaces")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void deletingAnOrganizationRemovesItsWorkspacesAndProjects() {
        String org = as("bob")
                .body(Map.of("name", "short-lived"))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String ws = as("bob")
                .body(Map.of("name", "w"))
                .post("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .extract()
                .path("id");
        String project = as("bob")
                .body(Map.of("name", "p"))
                .post("/api/v1/workspaces/" + ws + "/projects")
                .then()
                .extract()
                .path("id");
        as("bob").delete("/api/v1/orgs/" + org).then().statusCode(204);
        as("bob").get("/api/v1/orgs/" + org).then().statusCode(404);
        as("bob").get("/api/v1/workspaces/" + ws).then().statusCode(404);
        as("bob").get("/api/v1/projects/" + project).then().statusCode(404);
    }

    @Test
    void updatesArePersisted() {
        // Runs under Liberty, where EclipseLink weaves entities for change tracking.
        String org = as("alice")
                .body(Map.of("name", "before"))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("alice")
                .body(Map.of("name", "after"))
                .patch("/api/v1/orgs/" + org)
                .then()
                .statusCode(200)
                .body("name", equalTo("after"));
        as("alice").get("/api/v1/orgs/" + org).then().body("name", equalTo("after"));

        String ws = as("alice")
                .body(Map.of("name", "w1"))
                .post("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .extract()
                .path("id");
        as("alice")
                .body(Map.of("name", "w2", "description", "d2"))
                .patch("/api/v1/workspaces/" + ws)
                .then()
                .statusCode(200);
        as("alice")
                .get("/api/v1/workspaces/" + ws)
                .then()
                .body("name", equalTo("w2"))
                .body("description", equalTo("d2"));

        String project = as("alice")
                .body(Map.of("name", "p1"))
                .post("/api/v1/workspaces/" + ws + "/projects")
                .then()
                .extract()
                .path("id");
        as("alice")
                .body(Map.of("name", "p2"))
                .patch("/api/v1/projects/" + project)
                .then()
                .statusCode(200);
        as("alice").get("/api/v1/projects/" + project).then().body("name", equalTo("p2"));

        as("alice")
                .body(Map.of("username", "avery-" + SUFFIX, "role", "VIEWER"))
                .post("/api/v1/orgs/" + org + "/members")
                .then()
                .statusCode(201);
        as("alice")
                .body(Map.of("role", "ANALYST"))
                .patch("/api/v1/orgs/" + org + "/members/" + lookupId("avery"))
                .then()
                .statusCode(204);
        as("alice")
                .get("/api/v1/orgs/" + org + "/members")
                .then()
                .body("items.find { it.userId == '" + lookupId("avery") + "' }.role", equalTo("ANALYST"));
    }

    @Test
    void theBootstrapAdministratorOwnsTheDefaultOrganization() {
        // A system administrator sees every organization, so check the membership role, not visibility.
        String defaultOrg = Api.admin()
                .queryParam("limit", 200)
                .get("/api/v1/orgs")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == 'Default organization' }.id");
        Api.admin().get("/api/v1/orgs/" + defaultOrg).then().statusCode(200).body("role", equalTo("OWNER"));
        Api.admin().get("/api/v1/orgs/" + orgA).then().statusCode(200).body("role", equalTo(null));
    }

    private static String lookupId(String name) {
        return as(name).get("/api/v1/auth/me").then().extract().path("userId");
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }

    private static void createUser(String username) {
        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", username, "displayName", username, "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
    }
}
