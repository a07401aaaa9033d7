package com.gridvault.sso.oidc;

import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Signs users in through one OpenID Connect provider with the authorization code flow and PKCE
 * (S256). Thread-safe; the server keeps one per configured provider, so the discovery document
 * (cached for {@link #DEFAULT_DISCOVERY_TTL}) and the provider's keys are fetched once, not per
 * sign-in.
 *
 * <pre>{@code
 * AuthorizationStart started = client.start();      // store by started.state(), redirect to the URL
 * OidcIdentity who = client.complete(callbackUri, started); // on the redirect back; throws SsoException
 * }</pre>
 */
public final class OidcClient {

    /** How long a discovery document is reused before it is read again. */
    public static final Duration DEFAULT_DISCOVERY_TTL = Duration.ofHours(1);

    /** OAuth error codes are ASCII words; anything else from the callback is not echoed to the user. */
    private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,64}");

    private final OidcProviderSettings settings;
    private final ProviderDiscovery discovery;
    private final Clock clock;

    public OidcClient(OidcProviderSettings settings) {
        this(settings, DEFAULT_DISCOVERY_TTL, Clock.systemUTC());
    }

    /** With a chosen discovery cache lifetime and clock (tests, or providers that rotate endpoints). */
    public OidcClient(OidcProviderSettings settings, Duration discoveryTtl, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (discoveryTtl.isNegative()) {
            throw new IllegalArgumentException("discoveryTtl must not be negative");
        }
        this.discovery = new ProviderDiscovery(settings, discoveryTtl, clock);
    }

    /** The settings this client was built with. */
    public OidcProviderSettings settings() {
        return settings;
    }

    /**
     * Begins a sign-in: fresh random {@code state}, {@code nonce} and PKCE verifier, and the
     * authorization URL carrying the state, the nonce and the verifier's S256 challenge.
     *
     * @throws SsoException if the provider's discovery document cannot be read
     */
    public AuthorizationStart start() {
        DiscoveredProvider provider = discovery.get();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        new Scope(settings.scopes().toArray(String[]::new)),
                        new ClientID(settings.clientId()),
                        settings.redirectUri())
                .endpointURI(provider.authorizationEndpoint())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new AuthorizationStart(request.toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
    }

    /**
     * Finishes a sign-in from the URI the provider redirected the browser to: checks the state,
     * exchanges the code (with the PKCE verifier) and validates the ID token (signature against the
     * provider's keys, issuer, audience, {@code azp}, expiry with the configured skew, nonce).
     *
     * @param callback the full callback URI, with its query
     * @param started what {@link #start()} returned for this browser, looked up by the callback's state
     * @throws SsoException with a reason and a message safe to show, for every failure
     */
    public OidcIdentity complete(URI callback, AuthorizationStart started) {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(started, "started");
        AuthenticationResponse response = parseCallback(callback);
        if (response.getState() == null || !sameSecret(response.getState().getValue(), started.state())) {
            throw new SsoException(
                    Reason.STATE_MISMATCH, "This sign-in link does not belong to your session; please start again");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw idpError(error.getErrorObject());
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        Issuer reportedIssuer = success.getIssuer();
        if (reportedIssuer != null
                && !reportedIssuer.getValue().equals(settings.issuer().toString())) {
            // RFC 9207: a response from another provider must not be exchanged at ours (mix-up attack).
            throw new SsoException(Reason.WRONG_ISSUER, "The sign-in response comes from another identity provider");
        }
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new SsoException(Reason.INVALID_RESPONSE, "The identity provider sent no authorization code");
        }
        DiscoveredProvider provider = discovery.get();
        JWT idToken = exchange(provider, code, started);
        return identity(validate(provider, idToken, started));
    }

    private static AuthenticationResponse parseCallback(URI callback) {
        try {
            return AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new SsoException(Reason.INVALID_RESPONSE, "The sign-in response could not be read", e);
        }
    }

    private static SsoException idpError(ErrorObject error) {
        String code = error == null || error.getCode() == null ? "" : error.getCode();
        String shown = ERROR_CODE.matcher(code).matches() ? code : "unknown_error";
        String message = shown.equals("access_denied")
                ? "The identity provider denied the sign-in (access_denied)"
                : "The identity provider refused the sign-in (" + shown + ")";
        return new SsoException(Reason.IDP_ERROR, message);
    }

    private JWT exchange(DiscoveredProvider provider, AuthorizationCode code, AuthorizationStart started) {
        AuthorizationCodeGrant grant =
                new AuthorizationCodeGrant(code, settings.redirectUri(), new CodeVerifier(started.codeVerifier()));
        ClientID clientId = new ClientID(settings.clientId());
        TokenRequest request;
        if (settings.isPublicClient()) {
            request = new TokenRequest.Builder(provider.tokenEndpoint(), clientId, grant).build();
        } else {
            Secret secret = new Secret(settings.clientSecret());
            request = new TokenRequest.Builder(
                            provider.tokenEndpoint(),
                            provider.clientSecretPost()
                                    ? new ClientSecretPost(clientId, secret)
                                    : new ClientSecretBasic(clientId, secret),
                            grant)
                    .build();
        }
        HTTPRequest http = request.toHTTPRequest();
        int timeout = (int) settings.httpTimeout().toMillis();
        http.setConnectTimeout(timeout);
        http.setReadTimeout(timeout);
        HTTPResponse httpResponse;
        try {
            httpResponse = http.send();
        } catch (IOException e) {
            throw new SsoException(Reason.IDP_UNREACHABLE, "The identity provider could not be reached", e);
        }
        TokenResponse tokenResponse;
        try {
            tokenResponse = OIDCTokenResponseParser.parse(httpResponse);
        } catch (ParseException e) {
            throw new SsoException(Reason.INVALID_RESPONSE, "The identity provider's token response was invalid", e);
        }
        if (!tokenResponse.indicatesSuccess()) {
            String error = tokenResponse.toErrorResponse().getErrorObject().getCode();
            String shown = error != null && ERROR_CODE.matcher(error).matches() ? error : "unknown_error";
            throw new SsoException(
                    Reason.CODE_EXCHANGE_FAILED,
                    "The identity provider did not accept the sign-in code (" + shown + "); please start again");
        }
        if (!(tokenResponse.toSuccessResponse() instanceof OIDCTokenResponse oidc)
                || oidc.getOIDCTokens().getIDToken() == null) {
            throw new SsoException(Reason.INVALID_RESPONSE, "The identity provider sent no ID token");
        }
        return oidc.getOIDCTokens().getIDToken();
    }

    private JWTClaimsSet validate(DiscoveredProvider provider, JWT idToken, AuthorizationStart started) {
        JWTClaimsSet claims;
        try {
            claims = provider.validator()
                    .validate(idToken, new Nonce(started.nonce()))
                    .toJWTClaimsSet();
        } catch (BadJOSEException e) {
            throw IdTokenRejection.explain(e, idToken, settings, started.nonce(), clock.instant());
        } catch (JOSEException e) {
            // Nimbus reports key set retrieval failures this way.
            throw new SsoException(Reason.IDP_UNREACHABLE, "The identity provider's signing keys could not be read", e);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new SsoException(Reason.INVALID_TOKEN, "The identity provider's token could not be read", e);
        }
        Object azp = claims.getClaim("azp");
        if (azp != null && !settings.clientId().equals(azp)) {
            // OpenID Connect Core 3.1.3.7: the authorized party, when present, must be us.
            throw new SsoException(Reason.WRONG_AUDIENCE, IdTokenRejection.message(Reason.WRONG_AUDIENCE));
        }
        return claims;
    }

    private OidcIdentity identity(JWTClaimsSet claims) {
        Set<String> groups = ClaimReader.groups(claims, settings.groupsClaim());
        return new OidcIdentity(
                claims.getSubject(),
                claims.getIssuer(),
                ClaimReader.text(claims, "email"),
                ClaimReader.flag(claims, "email_verified"),
                ClaimReader.text(claims, "name"),
                ClaimReader.text(claims, "preferred_username"),
                groups);
    }

    private static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
