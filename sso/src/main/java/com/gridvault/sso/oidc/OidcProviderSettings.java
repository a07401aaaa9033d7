package com.gridvault.sso.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One OpenID Connect provider as an administrator configures it.
 *
 * <ul>
 *   <li>Microsoft Entra ID: issuer {@code https://login.microsoftonline.com/<tenant-id>/v2.0} (a
 *       tenant id, not {@code common}: the issuer in the ID token must match), groups claim {@code
 *       groups} (object ids) or {@code roles} (app roles).
 *   <li>Keycloak: issuer {@code https://<host>/realms/<realm>}, groups claim {@code groups} (with a
 *       "Group Membership" mapper) or {@code realm_access.roles}.
 * </ul>
 *
 * @param issuer the issuer identifier; discovery reads {@code <issuer>/.well-known/openid-configuration}
 * @param clientId the client id registered at the provider
 * @param clientSecret the client secret, or {@code null} for a public client (PKCE only); never printed
 * @param redirectUri the callback URI registered at the provider
 * @param scopes the scopes to ask for; {@code openid} is always added
 * @param groupsClaim the ID token claim holding the user's groups or roles; a dotted path such as
 *     {@code realm_access.roles} reaches into nested objects; {@code null} for none
 * @param clockSkew the tolerated difference between our clock and the provider's (0 to 5 minutes)
 * @param httpTimeout the connect and read timeout of every call to the provider
 */
public record OidcProviderSettings(
        URI issuer,
        String clientId,
        String clientSecret,
        URI redirectUri,
        Set<String> scopes,
        String groupsClaim,
        Duration clockSkew,
        Duration httpTimeout) {

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public OidcProviderSettings {
        checkHttpUri(issuer, "issuer");
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new IllegalArgumentException("issuer must not have a query or fragment");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (clientSecret != null && clientSecret.isEmpty()) {
            clientSecret = null;
        }
        checkHttpUri(redirectUri, "redirectUri");
        Set<String> allScopes = new LinkedHashSet<>();
        allScopes.add("openid");
        if (scopes != null) {
            for (String scope : scopes) {
                if (scope == null || scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("scopes must be single words: '" + scope + "'");
                }
                allScopes.add(scope);
            }
        }
        scopes = Set.copyOf(allScopes);
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? null : groupsClaim.strip();
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and 5 minutes");
        }
        Objects.requireNonNull(httpTimeout, "httpTimeout");
        if (httpTimeout.isNegative() || httpTimeout.isZero() || httpTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("httpTimeout must be positive");
        }
    }

    /** {@code true} for a public client, which authenticates with PKCE alone. */
    public boolean isPublicClient() {
        return clientSecret == null;
    }

    /** Like the record's own, but with the client secret masked. */
    @Override
    public String toString() {
        return "OidcProviderSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "null" : "****") + ", redirectUri=" + redirectUri + ", scopes=" + scopes
                + ", groupsClaim=" + groupsClaim + ", clockSkew=" + clockSkew + ", httpTimeout=" + httpTimeout + "]";
    }

    private static void checkHttpUri(URI uri, String name) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URI");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(name + " must not carry credentials");
        }
    }
}
