package com.gridvault.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcProviderSettingsTest {

    private static final URI ENTRA =
            URI.create("https://login.microsoftonline.com/6f1c2c3e-0000-4000-8000-000000000001/v2.0");
    private static final URI CALLBACK = URI.create("https://gridvault.example/api/v1/auth/oidc/callback");

    private static OidcProviderSettings settings(URI issuer, String secret, Set<String> scopes, Duration skew) {
        return new OidcProviderSettings(
                issuer, "client", secret, CALLBACK, scopes, "groups", skew, Duration.ofSeconds(5));
    }

    @Test
    void alwaysAsksForTheOpenidScope() {
        assertThat(settings(ENTRA, "s", Set.of("email"), Duration.ZERO).scopes())
                .containsExactlyInAnyOrder("openid", "email");
        assertThat(settings(ENTRA, "s", null, Duration.ZERO).scopes()).containsExactly("openid");
    }

    @Test
    void anEmptySecretMeansAPublicClient() {
        assertThat(settings(ENTRA, "", Set.of(), Duration.ZERO).isPublicClient())
                .isTrue();
        assertThat(settings(ENTRA, "s", Set.of(), Duration.ZERO).isPublicClient())
                .isFalse();
    }

    @Test
    void rejectsUnusableSettings() {
        assertThatThrownBy(() -> settings(URI.create("ftp://idp.example"), "s", Set.of(), Duration.ZERO))
                .hasMessageContaining("issuer");
        assertThatThrownBy(() -> settings(URI.create("https://user:pw@idp.example"), "s", Set.of(), Duration.ZERO))
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> settings(ENTRA, "s", Set.of("two words"), Duration.ZERO))
                .hasMessageContaining("scopes");
        assertThatThrownBy(() -> settings(ENTRA, "s", Set.of(), Duration.ofMinutes(10)))
                .hasMessageContaining("clockSkew");
    }

    @Test
    void neverPrintsTheClientSecret() {
        assertThat(settings(ENTRA, "very-secret-value", Set.of(), Duration.ZERO).toString())
                .doesNotContain("very-secret-value")
                .contains("clientSecret=****");
    }
}
