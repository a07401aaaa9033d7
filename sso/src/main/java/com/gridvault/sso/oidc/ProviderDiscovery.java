package com.gridvault.sso.oidc;

import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads {@code /.well-known/openid-configuration} and keeps the result for a while, so a sign-in
 * costs no discovery round trip. A failed fetch is not cached: the next sign-in tries again.
 */
final class ProviderDiscovery {

    private final OidcProviderSettings settings;
    private final Duration ttl;
    private final Clock clock;
    private DiscoveredProvider cached;
    private Instant fetchedAt;

    ProviderDiscovery(OidcProviderSettings settings, Duration ttl, Clock clock) {
        this.settings = settings;
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized DiscoveredProvider get() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(fetchedAt.plus(ttl))) {
            cached = fetch();
            fetchedAt = now;
        }
        return cached;
    }

    private DiscoveredProvider fetch() {
        int timeout = (int) settings.httpTimeout().toMillis();
        try {
            // resolve() also checks that the document names exactly our issuer.
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(settings.issuer().toString()), timeout, timeout);
            if (metadata.getTokenEndpointURI() == null || metadata.getJWKSetURI() == null) {
                throw new SsoException(
                        Reason.INVALID_RESPONSE,
                        "The identity provider's configuration lacks a token endpoint or keys");
            }
            return DiscoveredProvider.from(metadata, settings);
        } catch (IOException e) {
            throw new SsoException(Reason.IDP_UNREACHABLE, "The identity provider could not be reached", e);
        } catch (GeneralException e) {
            throw new SsoException(
                    Reason.INVALID_RESPONSE, "The identity provider's configuration could not be read", e);
        }
    }
}
