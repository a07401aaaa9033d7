package com.gridvault.sso;

import java.util.Objects;

/**
 * A sign-in through an identity provider or directory failed. The {@linkplain #getMessage() message}
 * is written for the person signing in and never carries tokens, passwords or server internals; the
 * {@linkplain #getCause() cause} (if any) is for the log only.
 */
public final class SsoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the sign-in failed; the server maps these to its problem types and audit events. */
    public enum Reason {
        /** The callback's {@code state} does not belong to the sign-in that was started (CSRF or a stale tab). */
        STATE_MISMATCH,
        /** The identity provider answered with an error instead of a code (e.g. {@code access_denied}). */
        IDP_ERROR,
        /** The identity provider, its discovery document or its keys could not be reached in time. */
        IDP_UNREACHABLE,
        /** The identity provider's answer was malformed or incomplete. */
        INVALID_RESPONSE,
        /** The code could not be exchanged for tokens (expired or reused code, bad client credentials). */
        CODE_EXCHANGE_FAILED,
        /** The ID token's signature did not verify against the provider's published keys. */
        BAD_SIGNATURE,
        /** The ID token has expired (beyond the allowed clock skew). */
        TOKEN_EXPIRED,
        /** The ID token was issued for another client ({@code aud} or {@code azp}). */
        WRONG_AUDIENCE,
        /** The ID token was issued by another issuer. */
        WRONG_ISSUER,
        /** The ID token's {@code nonce} is not the one sent with this sign-in (replay). */
        NONCE_MISMATCH,
        /** The ID token was rejected for another reason (missing claims, not yet valid, ...). */
        INVALID_TOKEN,
        /** The identity provider omitted the group list (Entra ID "groups overage"). */
        GROUPS_UNAVAILABLE,
        /** The directory server could not be reached or did not answer in time. */
        DIRECTORY_UNREACHABLE,
        /** The directory refused the service account or the configured searches. */
        DIRECTORY_ERROR
    }

    private final Reason reason;

    public SsoException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SsoException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the sign-in failed. */
    public Reason reason() {
        return reason;
    }
}
