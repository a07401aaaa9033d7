package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on on the real server against a real LDAP directory (UnboundID's in-memory server)
 * and a real OpenID Connect provider (mock-oauth2-server), both on the fixed ports the IT server is
 * configured with (src/it/server.env): linked accounts created at first sign-in, organization roles
 * granted from directory groups through the organization's mapping, and lowered or taken away when
 * the groups are gone (never below a hand-granted role, never the last owner).
 */
class SsoIT {

    private static final ItUsers USERS = new ItUsers();
    private static final String SUFFIX = USERS.suffix();
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

        USERS.create("sara");
        orgId = USERS.organization("sara", "SSO " + SUFFIX);
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
        String callback = oidcCallback("oidc-subject-" + SUFFIX, "oscar-" + SUFFIX, List.of("admins-" + SUFFIX));
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
    void anOidcSignInWithoutTheGroupEndsTheMembershipTheGroupGranted() throws Exception {
        String subject = "oidc-leaver-" + SUFFIX;
        String first = given().get(oidcCallback(subject, "olly-" + SUFFIX, List.of("admins-" + SUFFIX)))
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        bearer(first).get("/api/v1/orgs/" + orgId).then().statusCode(200).body("role", equalTo("ADMIN"));
        String second = given().get(oidcCallback(subject, "olly-" + SUFFIX, List.of()))
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        bearer(second).get("/api/v1/orgs/" + orgId).then().statusCode(404);
        assertThat(sara().queryParam("action", "member.removed_by_sso")
                        .get("/api/v1/orgs/" + orgId + "/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.details"))
                .anySatisfy(details -> assertThat(details.toString()).contains("oidc"));
    }

    @Test
    void directoryGroupsThatAreGoneTakeTheirGrantsButNeverHandGrantedRolesOrTheLastOwner() throws Exception {
        String ida = "ida-" + SUFFIX;
        String idaDn = "uid=" + ida + ",ou=people,dc=example,dc=com";
        directory.add(
                "dn: " + idaDn,
                "objectClass: inetOrgPerson",
                "uid: " + ida,
                "cn: Ida",
                "sn: Ida",
                "userPassword: ida-directory-pass");
        for (String group : List.of("readers", "leads", "owners")) {
            directory.add(
                    "dn: cn=" + group + "-" + SUFFIX + ",ou=groups,dc=example,dc=com",
                    "objectClass: groupOfNames",
                    "cn: " + group + "-" + SUFFIX,
                    "member: " + idaDn);
        }
        String synced = saraOrg("Synced " + SUFFIX, Map.of("readers-" + SUFFIX, "VIEWER", "leads-" + SUFFIX, "ADMIN"));
        String owned = saraOrg("Owned " + SUFFIX, Map.of("owners-" + SUFFIX, "OWNER"));

        String idaId = ldapBearer(ida).get("/api/v1/auth/me").then().extract().path("userId");
        assertThat(roles(ida)).containsEntry(synced, "ADMIN").containsEntry(owned, "OWNER");
        sara().get("/api/v1/orgs/" + synced + "/members")
                .then()
                .body("items.find { it.userId == '" + idaId + "' }.ssoRole", equalTo("ADMIN"))
                .body("items.find { it.userId == '" + idaId + "' }.manualRole", equalTo(null));

        String manual = saraOrg("By hand " + SUFFIX, Map.of());
        sara().body(Map.of("username", ida, "role", "VIEWER"))
                .post("/api/v1/orgs/" + manual + "/members")
                .then()
                .statusCode(201);
        sara().body(Map.of("groups", Map.of("leads-" + SUFFIX, "ADMIN")))
                .put("/api/v1/orgs/" + manual + "/sso/group-roles")
                .then()
                .statusCode(200);
        String saraId = USERS.userId("sara");
        sara().delete("/api/v1/orgs/" + owned + "/members/" + saraId).then().statusCode(204);
        assertThat(roles(ida)).containsEntry(manual, "ADMIN");

        leave(idaDn, "leads");
        leave(idaDn, "owners");
        assertThat(roles(ida))
                .as("lowered to the remaining group's role; the hand-granted role; the last owner kept")
                .containsEntry(synced, "VIEWER")
                .containsEntry(manual, "VIEWER")
                .containsEntry(owned, "OWNER");

        leave(idaDn, "readers");
        assertThat(roles(ida)).doesNotContainKey(synced).containsEntry(manual, "VIEWER");
        ldapBearer(ida).get("/api/v1/orgs/" + synced).then().statusCode(404);

        List<Map<String, Object>> trail = sara().queryParam("action", "member.*")
                .queryParam("limit", 500)
                .get("/api/v1/orgs/" + synced + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(trail)
                .extracting(e -> e.get("action") + " " + e.get("targetId") + " " + e.get("details"))
                .anySatisfy(e -> assertThat(e)
                        .startsWith("member.removed_by_sso " + idaId)
                        .contains("VIEWER"))
                .anySatisfy(e -> assertThat(e)
                        .startsWith("member.role_from_sso " + idaId)
                        .contains("ADMIN")
                        .contains("VIEWER"));
        assertThat(Api.admin()
                        .queryParam("action", "member.role_from_sso")
                        .queryParam("outcome", "FAILURE")
                        .get("/api/v1/orgs/" + owned + "/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.targetId"))
                .as("refused at each sign-in since")
                .isNotEmpty()
                .containsOnly(idaId);
    }

    private static void leave(String memberDn, String group) throws Exception {
        directory.modify(
                "dn: cn=" + group + "-" + SUFFIX + ",ou=groups,dc=example,dc=com",
                "changetype: modify",
                "delete: member",
                "member: " + memberDn);
    }

    /** Signs in through LDAP (applying the groups) and lists the organizations: id to role. */
    private static Map<String, String> roles(String user) {
        List<Map<String, Object>> items = ldapBearer(user)
                .queryParam("limit", 200)
                .get("/api/v1/orgs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, String> roles = new java.util.HashMap<>();
        items.forEach(o -> roles.put((String) o.get("id"), (String) o.get("role")));
        return roles;
    }

    private static RequestSpecification ldapBearer(String user) {
        String token = given().baseUri(Api.BASE)
                .contentType("application/json")
                .body(Map.of("username", user, "password", "ida-directory-pass"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        return bearer(token);
    }

    private static RequestSpecification bearer(String token) {
        return given().baseUri(Api.BASE).contentType("application/json").header("Authorization", "Bearer " + token);
    }

    private static String saraOrg(String name, Map<String, String> groups) {
        String id = USERS.organization("sara", name);
        if (!groups.isEmpty()) {
            sara().body(Map.of("groups", groups))
                    .put("/api/v1/orgs/" + id + "/sso/group-roles")
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    /** Runs the browser's part of an OIDC sign-in; returns the callback URL that completes it. */
    private static String oidcCallback(String subject, String username, List<String> groups) throws Exception {
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
                subject,
                "JWT",
                List.of("gridvault-web"),
                Map.of("preferred_username", username, "name", username, "groups", groups),
                3600));
        HttpResponse<Void> redirect = browser.send(
                HttpRequest.newBuilder(URI.create(toProvider)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String callback = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(Api.BASE + "/api/v1/auth/oidc/callback");
        return callback;
    }

    @Test
    void onlyMemberManagersSeeTheMapping() {
        sara().get("/api/v1/orgs/" + orgId + "/sso/group-roles")
                .then()
                .statusCode(200)
                .body("groups.'analysts-" + SUFFIX + "'", equalTo("ANALYST"));
        USERS.create("nora");
        USERS.as("nora")
                .get("/api/v1/orgs/" + orgId + "/sso/group-roles")
                .then()
                .statusCode(404);
    }

    private static RequestSpecification sara() {
        return USERS.as("sara");
    }
}
