package com.gridvault.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a hostile or failing provider can do, and what goes over the wire. */
class OidcClientHardeningTest {

    private TestProvider provider;
    private OidcClient client;

    @BeforeEach
    void startProvider() {
        provider = new TestProvider();
        client = new OidcClient(provider.settings("groups"));
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Test
    void authorizationUrlCarriesStateNonceAndOnlyTheS256Challenge() throws NoSuchAlgorithmException {
        AuthorizationStart started = client.start();
        String query = started.authorizationUrl().getRawQuery();

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(started.codeVerifier().getBytes(StandardCharsets.US_ASCII));
        assertThat(query)
                .contains("response_type=code")
                .contains("client_id=" + TestProvider.CLIENT_ID)
                .contains("state=" + started.state())
                .contains("nonce=" + started.nonce())
                .contains("code_challenge_method=S256")
                .contains("code_challenge=" + Base64URL.encode(digest))
                .doesNotContain(started.codeVerifier());
        assertThat(started.authorizationUrl().toString()).startsWith(provider.issuer() + "/authorize");
        assertThat(started.toString()).doesNotContain(started.codeVerifier());
        AuthorizationStart next = client.start();
        assertThat(next.state()).isNotEqualTo(started.state());
        assertThat(next.nonce()).isNotEqualTo(started.nonce());
        assertThat(next.codeVerifier()).isNotEqualTo(started.codeVerifier());
    }

    @Test
    void rejectsAnIdTokenWhoseSignatureDoesNotVerify() {
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());
        SignedJWT genuine = provider.server.issueToken(
                TestProvider.ISSUER_ID,
                TestProvider.CLIENT_ID,
                new DefaultOAuth2TokenCallback(
                        TestProvider.ISSUER_ID,
                        "victim",
                        "JWT",
                        List.of(TestProvider.CLIENT_ID),
                        Map.of("nonce", started.nonce()),
                        3600));
        String[] parts = genuine.serialize().split("\\.");
        String forgedPayload = Base64URL.encode(genuine.getPayload()
                        .toString()
                        .replace("\"victim\"", "\"attacker\"")
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
        String forged = parts[0] + "." + forgedPayload + "." + parts[2];
        provider.answerNextTokenRequestWith(
                "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":60,\"id_token\":\"" + forged
                        + "\"}");

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void rejectsAnIdTokenAuthorizedForAnotherParty() {
        provider.server.enqueueCallback(new AzpCallback("some-other-client"));
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_AUDIENCE));
    }

    @Test
    void rejectsAnIdTokenFromAnotherIssuer() {
        provider.nextToken("spoofed", Map.of("iss", "https://evil.example/"), 3600);
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_ISSUER));
    }

    @Test
    void reportsAnUnreachableProviderAtStart() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OidcProviderSettings settings = new OidcProviderSettings(
                URI.create("http://127.0.0.1:" + closedPort + "/realms/acme"),
                "gridvault",
                null,
                TestProvider.REDIRECT,
                Set.of(),
                null,
                Duration.ZERO,
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> new OidcClient(settings).start())
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IDP_UNREACHABLE));
    }

    @Test
    void reportsAProviderThatGoesAwayDuringTheSignIn() {
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());
        provider.server.shutdown();

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IDP_UNREACHABLE));
    }

    @Test
    void readsTheDiscoveryDocumentOnceWhileCached() {
        client.start();
        client.start();
        client.start();

        List<String> paths = new ArrayList<>();
        while (true) {
            RecordedRequest request;
            try {
                request = provider.server.takeRequest(200, TimeUnit.MILLISECONDS);
            } catch (RuntimeException noMoreRequests) {
                break; // mock-oauth2-server throws instead of returning null when the queue is empty
            }
            paths.add(request.getPath());
        }
        assertThat(paths)
                .filteredOn(p -> p.contains("/.well-known/openid-configuration"))
                .hasSize(1);
    }

    @Test
    void refusesAGroupListTheProviderLeftOut() {
        // Entra ID's "groups overage": more groups than fit, replaced by a pointer to Microsoft Graph.
        provider.nextToken(
                "many-groups",
                Map.of("_claim_names", Map.of("groups", "src1"), "_claim_sources", Map.of("src1", Map.of())),
                3600);
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUPS_UNAVAILABLE));
    }

    /** Issues tokens whose {@code azp} names another client, as a confused provider might. */
    private static final class AzpCallback implements OAuth2TokenCallback {
        private final String azp;

        AzpCallback(String azp) {
            this.azp = azp;
        }

        @Override
        public String issuerId() {
            return TestProvider.ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest tokenRequest) {
            return "carol";
        }

        @Override
        public String typeHeader(TokenRequest tokenRequest) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest tokenRequest) {
            return List.of(TestProvider.CLIENT_ID);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest tokenRequest) {
            return Map.of("azp", azp);
        }

        @Override
        public long tokenExpiry() {
            return 3600;
        }
    }
}
