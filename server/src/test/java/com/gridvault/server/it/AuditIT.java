package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over HTTP: owners list, export and verify their organization's chain; a VIEWER
 * gets 403; another tenant gets 404 for the same ids. Relies on the tenancy endpoints recording
 * {@code member.added} (see the audit package).
 */
class AuditIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    private static String orgA;

    @BeforeAll
    static void anOrganizationWithAViewer() {
        for (String name : List.of("olga", "victor", "mallory")) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        orgA = as("olga")
                .body(Map.of("name", "Audited " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("olga")
                .body(Map.of("username", "victor-" + SUFFIX, "role", "VIEWER"))
                .post("/api/v1/orgs/" + orgA + "/members")
                .then()
                .statusCode(201);
        as("mallory")
                .body(Map.of("name", "Other " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201);
    }

    @Test
    void anOwnerListsExportsAndVerifiesTheTrail() {
        as("olga")
                .get("/api/v1/orgs/" + orgA + "/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("member.added"))
                .body("items.actorName", hasItem("olga-" + SUFFIX))
                .body("items[0].hash.length()", equalTo(64));
        as("olga")
                .queryParam("action", "member.added")
                .queryParam("outcome", "SUCCESS")
                .get("/api/v1/orgs/" + orgA + "/audit")
                .then()
                .statusCode(200)
                .body("items.action", everyItem(equalTo("member.added")));
        as("olga")
                .queryParam("limit", 1)
                .get("/api/v1/orgs/" + orgA + "/audit")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));

        Response csv = as("olga").queryParam("format", "csv").get("/api/v1/orgs/" + orgA + "/audit");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).startsWith("seq,occurred_at,org_id,").contains("member.added");

        as("olga")
                .get("/api/v1/orgs/" + orgA + "/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("firstBrokenSeq", equalTo(null))
                .body("headHash", hasLength(64));
    }

    @Test
    void invalidFiltersAreProblems() {
        for (Map<String, Object> query : List.of(
                Map.<String, Object>of("outcome", "MAYBE"),
                Map.<String, Object>of("from", "yesterday"),
                Map.<String, Object>of("format", "xml"),
                Map.<String, Object>of("cursor", "abc"),
                Map.<String, Object>of("limit", 0))) {
            Response response = as("olga").queryParams(query).get("/api/v1/orgs/" + orgA + "/audit");
            assertThat(response.statusCode()).as("%s", query).isEqualTo(400);
            assertThat(response.contentType()).as("%s", query).startsWith("application/problem+json");
        }
    }

    @Test
    void aViewerIsRefusedAndAnotherTenantSeesNothing() {
        for (String path : List.of("/audit", "/audit/verify")) {
            as("victor").get("/api/v1/orgs/" + orgA + path).then().statusCode(403);
            Response other = as("mallory").get("/api/v1/orgs/" + orgA + path);
            assertThat(other.statusCode()).as("another tenant, %s", path).isEqualTo(404);
            assertThat(other.asString()).doesNotContain("member.added", "olga-" + SUFFIX);
        }
        as("mallory")
                .queryParam("format", "csv")
                .get("/api/v1/orgs/" + orgA + "/audit")
                .then()
                .statusCode(404);
        given().baseUri(Api.BASE).get("/api/v1/orgs/" + orgA + "/audit").then().statusCode(401);
    }

    @Test
    void onlyApplianceAdministratorsReadTheApplianceChain() {
        Api.admin().get("/api/v1/admin/audit").then().statusCode(200);
        Api.admin().get("/api/v1/admin/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        as("olga").get("/api/v1/admin/audit").then().statusCode(403);
        as("olga").get("/api/v1/admin/audit/verify").then().statusCode(403);
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }
}
