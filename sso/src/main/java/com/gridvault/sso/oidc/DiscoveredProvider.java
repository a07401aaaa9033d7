package com.gridvault.sso.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What discovery told us about a provider, with an ID token validator over its key set (Nimbus
 * caches the keys and refetches them when a token names an unknown key id).
 */
record DiscoveredProvider(
        URI authorizationEndpoint, URI tokenEndpoint, boolean clientSecretPost, IDTokenValidator validator) {

    private static final int MAX_JWKS_BYTES = 512 * 1024;

    /** Asymmetric algorithms only: a provider cannot make us accept an HMAC keyed by a public value. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.EdDSA);

    static DiscoveredProvider from(OIDCProviderMetadata metadata, OidcProviderSettings settings)
            throws MalformedURLException {
        int timeout = (int) settings.httpTimeout().toMillis();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                        metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(timeout, timeout, MAX_JWKS_BYTES))
                .build();
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        if (metadata.getIDTokenJWSAlgs() != null) {
            metadata.getIDTokenJWSAlgs().stream().filter(ACCEPTED::contains).forEach(algorithms::add);
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256); // the algorithm OpenID Connect requires every provider to offer
        }
        IDTokenValidator validator = new IDTokenValidator(
                new Issuer(settings.issuer().toString()),
                new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys),
                null);
        validator.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean post = methods != null
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        return new DiscoveredProvider(
                metadata.getAuthorizationEndpointURI(), metadata.getTokenEndpointURI(), post, validator);
    }
}
