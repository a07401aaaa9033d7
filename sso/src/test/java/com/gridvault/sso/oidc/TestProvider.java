package com.gridvault.sso.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * A real OpenID Connect provider (mock-oauth2-server on OkHttp's MockWebServer) in the test JVM, and
 * a "browser" that follows the authorization URL to the redirect without a login page.
 */
final class TestProvider implements AutoCloseable {

    static final String ISSUER_ID = "tenant1";
    static final String CLIENT_ID = "gridvault-web";
    static final URI REDIRECT = URI.create("https://gridvault.example/api/v1/auth/oidc/callback");

    private static final HttpClient BROWSER = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    final MockOAuth2Server server;
    private final AtomicReference<String> tokenResponseOverride = new AtomicReference<>();

    TestProvider() {
        // interactiveLogin=false: the authorization endpoint redirects straight back with a code.
        server = new MockOAuth2Server(new OAuth2Config(false), new TokenOverride());
        server.start();
    }

    /** The next token request is answered with this JSON instead of the provider's own tokens. */
    void answerNextTokenRequestWith(String json) {
        tokenResponseOverride.set(json);
    }

    URI issuer() {
        return URI.create(server.issuerUrl(ISSUER_ID).toString());
    }

    OidcProviderSettings settings(String groupsClaim) {
        return new OidcProviderSettings(
                issuer(),
                CLIENT_ID,
                "client-secret",
                REDIRECT,
                Set.of("profile", "email"),
                groupsClaim,
                Duration.ofSeconds(30),
                Duration.ofSeconds(5));
    }

    /** The next code exchange issues tokens for {@code subject} with these extra claims and lifetime. */
    void nextToken(String subject, Map<String, Object> claims, long expirySeconds) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, expirySeconds));
    }

    /** What a browser does with the authorization URL: returns the Location the provider redirects to. */
    static URI follow(URI authorizationUrl) {
        try {
            HttpResponse<Void> response = BROWSER.send(
                    HttpRequest.newBuilder(authorizationUrl).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302) {
                throw new AssertionError("expected a redirect from the provider, got " + response.statusCode());
            }
            return URI.create(response.headers().firstValue("Location").orElseThrow());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A route ahead of the provider's own: serves a prepared token response once, if one is set. */
    private final class TokenOverride implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getMethod().equals("POST")
                    && request.getUrl().encodedPath().endsWith("/token")
                    && tokenResponseOverride.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            byte[] body = tokenResponseOverride.getAndSet(null).getBytes(StandardCharsets.UTF_8);
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, null, body);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
