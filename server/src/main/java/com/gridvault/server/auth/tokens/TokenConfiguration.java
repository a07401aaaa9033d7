package com.gridvault.server.auth.tokens;

import com.gridvault.server.config.ApplianceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Produces (as unproxied singletons: both classes are final value holders) the signing keys (from {@code data/keys/access-token-keys.jwks}) and the access-token service. */
@ApplicationScoped
public class TokenConfiguration {

    @Produces
    @Singleton
    SigningKeys signingKeys(ApplianceSettings settings) {
        return SigningKeys.loadOrCreate(settings.dataDirectory().resolve("keys/access-token-keys.jwks"));
    }

    @Produces
    @Singleton
    AccessTokens accessTokens(SigningKeys keys, ApplianceSettings settings) {
        return new AccessTokens(keys, settings.accessTokenLifetime(), Clock.systemUTC());
    }
}
