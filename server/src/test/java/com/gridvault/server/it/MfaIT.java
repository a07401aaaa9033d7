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
 * TOTP two-factor authentication end to end, with codes computed as an authenticator app does
 * (RFC 6238, HMAC-SHA1, 6 digits, 30 s): enrolment, sign-in with a code or a recovery code, no code
 * accepted twice, Basic refused for enrolled accounts, and an organization policy requiring it.
 */
class MfaIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void enrolSignInWithCodesAndRequireItInAnOrganization() throws Exception {
        createUser("mia");
        createUser("noel");
        String bearer = login("mia", null).then().statusCode(200).extract().path("accessToken");

        JsonPath enrolment = bearer(bearer)
                .post("/api/v1/users/me/mfa/totp")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(enrolment.getString("otpauthUri"))
                .startsWith("otpauth://totp/")
                .contains("issuer=Gridvault");
        byte[] secret = new Base32().decode(enrolment.getString("secret"));
        bearer(bearer)
                .body(Map.of("code", "000000".equals(code(secret, 0)) ? "111111" : "000000"))
                .post("/api/v1/users/me/mfa/totp/confirm")
                .then()
                .statusCode(400);
        List<String> recovery = bearer(bearer)
                .body(Map.of("code", code(secret, 0)))
                .post("/api/v1/users/me/mfa/totp/confirm")
                .then()
                .statusCode(200)
                .extract()
                .path("recoveryCodes");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        bearer(bearer).get("/api/v1/users/me/mfa").then().statusCode(200).body("enabled", equalTo(true));

        basic("mia").get("/api/v1/auth/me").then().statusCode(401).body("detail", containsString("two-factor"));
        login("mia", null).then().statusCode(401).body("type", equalTo("urn:gridvault:problem:mfa-required"));
        String next = code(secret, 1); // the next 30 s step: later than the one used to confirm
        login("mia", next).then().statusCode(200);
        login("mia", next).then().statusCode(401); // a code works once
        login("mia", recovery.get(0)).then().statusCode(200);
        login("mia", recovery.get(0)).then().statusCode(401); // a recovery code works once
        String token =
                login("mia", recovery.get(1)).then().statusCode(200).extract().path("accessToken");

        String org = bearer(token)
                .body(Map.of("name", "Secure " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        bearer(token)
                .body(Map.of("username", "noel-" + SUFFIX, "role", "ANALYST"))
                .post("/api/v1/orgs/" + org + "/members")
                .then()
                .statusCode(201);
        bearer(token)
                .body(Map.of("requireMfa", true))
                .put("/api/v1/orgs/" + org + "/security-policy")
                .then()
                .statusCode(200)
                .body("requireMfa", equalTo(true));
        basic("noel")
                .get("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .statusCode(403)
                .body("detail", containsString("two-factor"));
        bearer(token).get("/api/v1/orgs/" + org + "/workspaces").then().statusCode(200);

        String noelOrg = basic("noel")
                .body(Map.of("name", "Lax " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        basic("noel")
                .body(Map.of("requireMfa", true))
                .put("/api/v1/orgs/" + noelOrg + "/security-policy")
                .then()
                .statusCode(409);

        bearer(token)
                .body(Map.of("code", recovery.get(2)))
                .post("/api/v1/users/me/mfa/disable")
                .then()
                .statusCode(204);
        basic("mia").get("/api/v1/auth/me").then().statusCode(200);
    }

    /** The code an authenticator shows {@code stepsAhead} 30-second steps from now. */
    private static String code(byte[] secret, int stepsAhead) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return totp.generateOneTimePasswordString(
                new SecretKeySpec(secret, "HmacSHA1"),
                Instant.now().plus(totp.getTimeStep().multipliedBy(stepsAhead)));
    }

    private static io.restassured.response.Response login(String user, String otp) {
        Map<String, String> body = otp == null
                ? Map.of("username", user + "-" + SUFFIX, "password", PASSWORD)
                : Map.of("username", user + "-" + SUFFIX, "password", PASSWORD, "otp", otp);
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/auth/login");
    }

    private static RequestSpecification bearer(String token) {
        return given().baseUri(Api.BASE).contentType("application/json").header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification basic(String user) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(user + "-" + SUFFIX, PASSWORD);
    }

    private static void createUser(String name) {
        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
    }
}
