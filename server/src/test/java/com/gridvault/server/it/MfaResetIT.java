package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/**
 * Resetting someone else's lost second factor: by an organization's OWNER or ADMIN for a member
 * entirely within their reach, by an appliance administrator for anyone; audited; refused across
 * tenants (404), to lesser roles, for one's own account and for accounts that also belong to
 * organizations the caller does not manage (403). After a reset the account signs in with its
 * password and enrols again.
 */
class MfaResetIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void membersManagersAndAdministratorsResetASecondFactor() throws Exception {
        for (String name : List.of("tara", "olga", "adam", "vic", "xavi")) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        String tara = userId("tara");
        String olga = userId("olga");
        String adam = userId("adam");
        String org = create("olga", "Reset " + SUFFIX);
        String other = create("xavi", "Elsewhere " + SUFFIX);
        add("olga", org, "tara", "ANALYST");
        add("olga", org, "adam", "ADMIN");
        add("olga", org, "vic", "VIEWER");
        enrol("tara");
        login("tara").then().statusCode(401).body("type", equalTo("urn:gridvault:problem:mfa-required"));

        String path = "/api/v1/orgs/" + org + "/members/" + tara + "/mfa";
        as("xavi").delete(path).then().statusCode(404); // not a member of org: another tenant's member
        as("xavi")
                .delete("/api/v1/orgs/" + other + "/members/" + tara + "/mfa")
                .then()
                .statusCode(404);
        as("vic").delete(path).then().statusCode(403);
        as("adam")
                .delete("/api/v1/orgs/" + org + "/members/" + olga + "/mfa")
                .then()
                .statusCode(403)
                .body("detail", containsString("may not manage"));
        as("adam")
                .delete("/api/v1/orgs/" + org + "/members/" + adam + "/mfa")
                .then()
                .statusCode(403)
                .body("detail", containsString("/users/me/mfa/disable"));
        login("tara").then().statusCode(401);

        as("adam").delete(path).then().statusCode(204);
        login("tara").then().statusCode(200);
        as("tara").get("/api/v1/users/me/mfa").then().statusCode(200).body("enabled", equalTo(false));
        as("adam")
                .delete(path)
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("no two-factor authentication"));
        JsonPath audit = as("olga")
                .queryParam("action", "auth.mfa.reset")
                .get("/api/v1/orgs/" + org + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(audit.getList("items.targetId")).containsExactly(tara);
        assertThat(audit.getList("items.actorUserId")).containsExactly(adam);

        enrol("tara");
        add("xavi", other, "tara", "VIEWER");
        as("adam")
                .delete(path)
                .then()
                .statusCode(403)
                .body("detail", containsString("also belongs to an organization"));
        as("xavi")
                .delete("/api/v1/orgs/" + other + "/members/" + tara + "/mfa")
                .then()
                .statusCode(403);
        login("tara").then().statusCode(401);

        as("olga").delete("/api/v1/admin/users/" + tara + "/mfa").then().statusCode(403);
        Api.admin()
                .delete("/api/v1/admin/users/" + UUID.randomUUID() + "/mfa")
                .then()
                .statusCode(404);
        Api.admin().delete("/api/v1/admin/users/" + tara + "/mfa").then().statusCode(204);
        login("tara").then().statusCode(200);
        Api.admin().delete("/api/v1/admin/users/" + tara + "/mfa").then().statusCode(404);
        assertThat(Api.admin()
                        .queryParam("action", "auth.mfa.reset")
                        .get("/api/v1/admin/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.targetId"))
                .contains(tara);
    }

    /** Enrols TOTP for the user as an authenticator app would. */
    private static void enrol(String name) throws Exception {
        JsonPath enrolment = as(name).post("/api/v1/users/me/mfa/totp")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        byte[] secret = new Base32().decode(enrolment.getString("secret"));
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        String code = totp.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), Instant.now());
        as(name).body(Map.of("code", code))
                .post("/api/v1/users/me/mfa/totp/confirm")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response login(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of("username", name + "-" + SUFFIX, "password", PASSWORD))
                .post("/api/v1/auth/login");
    }

    private static String create(String owner, String name) {
        return as(owner)
                .body(Map.of("name", name))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void add(String manager, String org, String name, String role) {
        as(manager)
                .body(Map.of("username", name + "-" + SUFFIX, "role", role))
                .post("/api/v1/orgs/" + org + "/members")
                .then()
                .statusCode(201);
    }

    private static String userId(String name) {
        return as(name).get("/api/v1/auth/me").then().statusCode(200).extract().path("userId");
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }
}
