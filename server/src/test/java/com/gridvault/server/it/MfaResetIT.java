package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
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

    private static final ItUsers USERS = new ItUsers();

    @Test
    void membersManagersAndAdministratorsResetASecondFactor() throws Exception {
        USERS.create("tara", "olga", "adam", "vic", "xavi");
        String tara = USERS.userId("tara");
        String olga = USERS.userId("olga");
        String adam = USERS.userId("adam");
        String org = USERS.organization("olga", "Reset " + USERS.suffix());
        String other = USERS.organization("xavi", "Elsewhere " + USERS.suffix());
        USERS.addMember("olga", org, "tara", "ANALYST");
        USERS.addMember("olga", org, "adam", "ADMIN");
        USERS.addMember("olga", org, "vic", "VIEWER");
        enrol("tara");
        login("tara").then().statusCode(401).body("type", equalTo("urn:gridvault:problem:mfa-required"));

        String path = "/api/v1/orgs/" + org + "/members/" + tara + "/mfa";
        USERS.as("xavi").delete(path).then().statusCode(404); // not a member of org: another tenant's member
        USERS.as("xavi")
                .delete("/api/v1/orgs/" + other + "/members/" + tara + "/mfa")
                .then()
                .statusCode(404);
        USERS.as("vic").delete(path).then().statusCode(403);
        USERS.as("adam")
                .delete("/api/v1/orgs/" + org + "/members/" + olga + "/mfa")
                .then()
                .statusCode(403)
                .body("detail", containsString("may not manage"));
        USERS.as("adam")
                .delete("/api/v1/orgs/" + org + "/members/" + adam + "/mfa")
                .then()
                .statusCode(403)
                .body("detail", containsString("/users/me/mfa/disable"));
        String administrator =
                Api.admin().get("/api/v1/auth/me").then().extract().path("userId");
        USERS.as("olga")
                .body(Map.of("username", "admin", "role", "VIEWER"))
                .post("/api/v1/orgs/" + org + "/members")
                .then()
                .statusCode(201);
        USERS.as("olga")
                .delete("/api/v1/orgs/" + org + "/members/" + administrator + "/mfa")
                .then()
                .statusCode(403)
                .body("detail", containsString("Only an appliance administrator"));
        login("tara").then().statusCode(401);

        USERS.as("adam").delete(path).then().statusCode(204);
        login("tara").then().statusCode(200);
        USERS.as("tara").get("/api/v1/users/me/mfa").then().statusCode(200).body("enabled", equalTo(false));
        USERS.as("adam")
                .delete(path)
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("no two-factor authentication"));
        JsonPath audit = USERS.as("olga")
                .queryParam("action", "auth.mfa.reset")
                .get("/api/v1/orgs/" + org + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(audit.getList("items.targetId")).containsExactly(tara);
        assertThat(audit.getList("items.actorUserId")).containsExactly(adam);

        enrol("tara");
        USERS.addMember("xavi", other, "tara", "VIEWER");
        USERS.as("adam")
                .delete(path)
                .then()
                .statusCode(403)
                .body("detail", containsString("also belongs to an organization"));
        USERS.as("xavi")
                .delete("/api/v1/orgs/" + other + "/members/" + tara + "/mfa")
                .then()
                .statusCode(403);
        login("tara").then().statusCode(401);

        USERS.as("olga").delete("/api/v1/admin/users/" + tara + "/mfa").then().statusCode(403);
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
        JsonPath enrolment = USERS.as(name)
                .post("/api/v1/users/me/mfa/totp")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        byte[] secret = new Base32().decode(enrolment.getString("secret"));
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        String code = totp.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), Instant.now());
        USERS.as(name)
                .body(Map.of("code", code))
                .post("/api/v1/users/me/mfa/totp/confirm")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response login(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of("username", USERS.username(name), "password", ItUsers.PASSWORD))
                .post("/api/v1/auth/login");
    }
}
