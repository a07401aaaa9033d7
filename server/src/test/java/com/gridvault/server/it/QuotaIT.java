package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plan quotas: a FREE organization's document storage (20 MB in the IT server), lifted by PRO. */
class QuotaIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void uploadsBeyondThePlansStorageAreRefusedUntilThePlanIsRaised() {
        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", "quinta-" + SUFFIX, "displayName", "Quinta", "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
        String org = as().body(Map.of("name", "Quota " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String workspace = as().body(Map.of("name", "Files"))
                .post("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        upload(workspace, 1).then().statusCode(202);
        upload(workspace, 2).then().statusCode(202);
        upload(workspace, 3)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:gridvault:problem:quota-exceeded"))
                .body("detail", containsString("FREE plan"));
        as().get("/api/v1/workspaces/" + workspace + "/documents").then().body("items.size()", equalTo(2));

        Api.admin()
                .contentType("application/json")
                .body(Map.of("plan", "PRO"))
                .patch("/api/v1/orgs/" + org)
                .then()
                .statusCode(200);
        upload(workspace, 3).then().statusCode(202);
    }

    private static io.restassured.response.Response upload(String workspace, int seed) {
        byte[] content = new byte[7_000_000];
        new Random(seed).nextBytes(content);
        return given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic("quinta-" + SUFFIX, PASSWORD)
                .multiPart("file", "blob-" + seed + ".bin", content, "application/octet-stream")
                .post("/api/v1/workspaces/" + workspace + "/documents");
    }

    private static io.restassured.specification.RequestSpecification as() {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic("quinta-" + SUFFIX, PASSWORD);
    }
}
