package com.gridvault.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.sso.GroupRoleMapping;
import com.gridvault.sso.OrgRole;
import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole authorization code + PKCE flow against a real provider, without a browser. */
class OidcClientTest {

    // One provider per test: a token callback a test enqueues but never redeems must not leak.
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
    void signsInWithGroupsFromTheIdToken() {
        provider.nextToken(
                "alice-sub",
                Map.of(
                        "email", "alice@acme.example",
                        "email_verified", true,
                        "name", "Alice Analyst",
                        "preferred_username", "alice",
                        "groups", List.of("Finance-Admins", "all-staff")),
                3600);
        AuthorizationStart started = client.start();

        OidcIdentity identity = client.complete(TestProvider.follow(started.authorizationUrl()), started);

        assertThat(identity.subject()).isEqualTo("alice-sub");
        assertThat(identity.issuer()).isEqualTo(provider.issuer().toString());
        assertThat(identity.email()).isEqualTo("alice@acme.example");
        assertThat(identity.emailVerified()).isTrue();
        assertThat(identity.name()).isEqualTo("Alice Analyst");
        assertThat(identity.preferredUsername()).isEqualTo("alice");
        assertThat(identity.groups()).containsExactlyInAnyOrder("Finance-Admins", "all-staff");

        GroupRoleMapping mapping = GroupRoleMapping.builder()
                .grant("finance-admins", "acme", OrgRole.ADMIN)
                .grant("all-staff", "acme", OrgRole.VIEWER)
                .grant("all-staff", "holding", OrgRole.VIEWER)
                .build();
        assertThat(mapping.rolesFor(identity.groups()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("acme", OrgRole.ADMIN, "holding", OrgRole.VIEWER));
    }

    @Test
    void readsNestedRolesClaimAsKeycloakSendsThem() {
        OidcClient keycloakStyle = new OidcClient(provider.settings("realm_access.roles"));
        provider.nextToken("bob-sub", Map.of("realm_access", Map.of("roles", List.of("analyst"))), 3600);
        AuthorizationStart started = keycloakStyle.start();

        OidcIdentity identity = keycloakStyle.complete(TestProvider.follow(started.authorizationUrl()), started);

        assertThat(identity.groups()).containsExactly("analyst");
        assertThat(identity.emailVerified()).isFalse();
        assertThat(identity.email()).isNull();
    }

    @Test
    void rejectsACallbackWithAnotherState() {
        AuthorizationStart started = client.start();
        AuthorizationStart other = client.start();
        URI callback = TestProvider.follow(other.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STATE_MISMATCH));
    }

    @Test
    void rejectsACallbackWithoutState() {
        AuthorizationStart started = client.start();
        URI callback = URI.create(TestProvider.REDIRECT + "?code=abc");

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STATE_MISMATCH));
    }

    @Test
    void rejectsAnIdTokenCarryingAnotherNonce() {
        provider.nextToken("replayed", Map.of("nonce", "a-nonce-from-another-sign-in"), 3600);
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started)).isInstanceOfSatisfying(SsoException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NONCE_MISMATCH);
            assertThat(e.getMessage()).doesNotContain("a-nonce-from-another-sign-in");
        });
    }

    @Test
    void rejectsAnExpiredIdToken() {
        // Expired ten minutes ago: well beyond the 30 s clock skew.
        provider.nextToken("late", Map.of(), -600);
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOKEN_EXPIRED));
    }

    @Test
    void rejectsAnIdTokenForAnotherAudience() {
        provider.nextToken("elsewhere", Map.of("aud", "another-application"), 3600);
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());

        assertThatThrownBy(() -> client.complete(callback, started))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_AUDIENCE));
    }

    @Test
    void reportsAnErrorRedirectFromTheProvider() {
        AuthorizationStart started = client.start();
        // What Entra ID and Keycloak send when the user cancels or is not assigned to the application.
        URI callback = URI.create(TestProvider.REDIRECT + "?error=access_denied"
                + "&error_description=AADSTS50105%3A+user+not+assigned&state=" + started.state());

        assertThatThrownBy(() -> client.complete(callback, started)).isInstanceOfSatisfying(SsoException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.IDP_ERROR);
            assertThat(e.getMessage()).contains("access_denied").doesNotContain("AADSTS");
        });
    }

    @Test
    void theCodeIsWorthlessWithoutTheMatchingPkceVerifier() {
        AuthorizationStart started = client.start();
        URI callback = TestProvider.follow(started.authorizationUrl());
        AuthorizationStart withOtherVerifier = new AuthorizationStart(
                started.authorizationUrl(),
                started.state(),
                started.nonce(),
                client.start().codeVerifier());

        assertThatThrownBy(() -> client.complete(callback, withOtherVerifier))
                .isInstanceOfSatisfying(
                        SsoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CODE_EXCHANGE_FAILED));
    }
}
