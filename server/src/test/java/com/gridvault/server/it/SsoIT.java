package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import io.restassured.path.json.JsonPath;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on on the real server against a real LDAP directory (UnboundID's in-memory server)
 * and a real OpenID Connect provider (mock-oauth2-server), both on the fixed ports the IT server is
 * configured with (src/it/server.env): linked accounts created at first sign-in, and organization
 * roles granted from directory groups through the organization's mapping.
 */
class SsoIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "correct horse battery staple";
    private static InMemoryDirectoryServer directory;
    private static MockOAuth2Server provider;
    private static String orgId;

    @BeforeAll
    static void directoryProviderAndMapping() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.addAdditionalBindCredentials("cn=Directory Manager", "manager-secret");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 19389, null));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        directory.add("dn: ou=people,dc=example,dc=com", "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups,dc=example,dc=com", "objectClass: organizationalUnit", "ou: groups");
        directory.add(
                "dn: uid=lena,ou=people,dc=example,dc=com",
                "objectClass: inetOrgPerson",
                "uid: lena",
                "cn: Lena Lindqvist",
                "sn: Lindqvist",
                "mail: lena@example.com",
                "userPassword: lena-directory-pass");
        directory.add(
                "dn: cn=analysts-" + SUFFIX + ",ou=groups,dc=example,dc=com",
                "objectClass: groupOfNames",
                "cn: analysts-" + SUFFIX,
                "member: uid=lena,ou=people,dc=example,dc=com");
        directory.startListening();

        provider = new MockOAuth2Server(new OAuth2Config(false));
        provider.start(InetAddress.getByName("localhost"), 19390);

        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", "sara-" + SUFFIX, "displayName", "Sara", "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
        orgId = sara().body(Map.of("name", "SSO " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        sara().body(Map.of("groups", Map.of("analysts-" + SUFFIX, "ANALYST", "admins-" + SUFFIX, "ADMIN")))
                .put("/api/v1/orgs/" + orgId + "/sso/group-roles")
                .then()
                .statusCode(200);
    }

    @AfterAll
    static void stop() {
        directory.shutDown(true);
        provider.shutdown();
    }

    @Test
    void aDirectoryUserSignsInWithTheDirectoryPasswordAndGetsTheGroupsRole() {
        given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic("lena", "wrong-password-entirely")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401);
        JsonPath tokens = given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of("username", "lena", "password", "lena-directory-pass"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        given().baseUri(Api.BASE)
                .header("Authorization", "Bearer " + tokens.getString("accessToken"))
                .get("/api/v1/orgs")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + orgId + "' }.role", equalTo("ANALYST"));
    }

    @Test
    void anOidcSignInCreatesTheLinkedAccountGrantsTheRoleAndItsStateWorksOnce() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String toProvider = given().baseUri(Api.BASE)
                .redirects()
                .follow(false)
                .get("/api/v1/auth/oidc/login")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(toProvider)
                .startsWith("http://localhost:19390/gridvault/authorize")
                .contains("code_challenge=");
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "gridvault",
                "oidc-subject-" + SUFFIX,
                "JWT",
                List.of("gridvault-web"),
                Map.of("preferred_username", "oscar-" + SUFFIX, "name", "Oscar", "groups", List.of("admins-" + SUFFIX)),
                3600));
        HttpResponse<Void> redirect = browser.send(
                HttpRequest.newBuilder(URI.create(toProvider)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String callback = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(Api.BASE + "/api/v1/auth/oidc/callback");

        String access = given().get(callback).then().statusCode(200).extract().path("accessToken");
        given().baseUri(Api.BASE)
                .header("Authorization", "Bearer " + access)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("oscar-" + SUFFIX));
        given().baseUri(Api.BASE)
                .header("Authorization", "Bearer " + access)
                .get("/api/v1/orgs")
                .then()
                .body("items.find { it.id == '" + orgId + "' }.role", equalTo("ADMIN"));
        given().get(callback).then().statusCode(401); // the state was used
    }

    @Test
    void onlyMemberManagersSeeTheMapping() {
        sara().get("/api/v1/orgs/" + orgId + "/sso/group-roles")
                .then()
                .statusCode(200)
                .body("groups.'analysts-" + SUFFIX + "'", equalTo("ANALYST"));
        Api.admin()
                .contentType("application/json")
                .body(Map.of("username", "nora-" + SUFFIX, "displayName", "Nora", "password", PASSWORD))
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
        given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic("nora-" + SUFFIX, PASSWORD)
                .get("/api/v1/orgs/" + orgId + "/sso/group-roles")
                .then()
                .statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification sara() {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic("sara-" + SUFFIX, PASSWORD);
    }
}
