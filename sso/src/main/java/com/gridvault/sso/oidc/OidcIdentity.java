package com.gridvault.sso.oidc;

import java.util.Objects;
import java.util.Set;

/**
 * Who signed in, from a validated ID token. {@code (issuer, subject)} is the stable key to link to a
 * Gridvault account; the e-mail address may change and is only trustworthy when {@code
 * emailVerified}.
 *
 * @param subject the {@code sub} claim, unique and never reassigned within the issuer
 * @param issuer the {@code iss} claim
 * @param email the {@code email} claim, or {@code null}
 * @param emailVerified the {@code email_verified} claim; {@code false} when absent
 * @param name the {@code name} claim, or {@code null}
 * @param preferredUsername the {@code preferred_username} claim (Entra ID: the UPN), or {@code null}
 * @param groups the values of the configured groups claim; empty when none is configured
 */
public record OidcIdentity(
        String subject,
        String issuer,
        String email,
        boolean emailVerified,
        String name,
        String preferredUsername,
        Set<String> groups) {

    public OidcIdentity {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
