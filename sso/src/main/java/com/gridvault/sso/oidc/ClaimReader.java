package com.gridvault.sso.oidc;

import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads the group list and the loosely typed standard claims from validated ID token claims. */
final class ClaimReader {

    private ClaimReader() {}

    /**
     * The values of {@code claim}: a JSON array of strings or a single string. A dotted name that is
     * not itself a claim walks nested objects ({@code realm_access.roles}).
     */
    static Set<String> groups(JWTClaimsSet claims, String claim) {
        if (claim == null) {
            return Set.of();
        }
        Object value = claims.getClaim(claim);
        if (value == null && claim.contains(".")) {
            value = nested(claims.getClaims(), claim.split("\\."));
        }
        if (value == null) {
            if (isOverage(claims.getClaim("_claim_names"), claim)) {
                throw new SsoException(
                        Reason.GROUPS_UNAVAILABLE,
                        "The identity provider left out your groups (too many to list); ask an administrator"
                                + " to emit app roles or only the groups assigned to the application");
            }
            return Set.of();
        }
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            for (Object v : values) {
                if (v instanceof String s && !s.isBlank()) {
                    groups.add(s);
                }
            }
        } else if (value instanceof String s && !s.isBlank()) {
            groups.add(s);
        }
        return Set.copyOf(groups);
    }

    /** {@code email_verified} as a boolean; some providers send the string {@code "true"}. */
    static boolean flag(JWTClaimsSet claims, String claim) {
        Object value = claims.getClaim(claim);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** A string claim, or {@code null} when absent or not a string. */
    static String text(JWTClaimsSet claims, String claim) {
        return claims.getClaim(claim) instanceof String s && !s.isBlank() ? s : null;
    }

    private static Object nested(Map<String, Object> root, String[] path) {
        Object current = root;
        for (String segment : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    /** Entra ID replaces a long group list by a pointer in {@code _claim_names} (the "overage" claim). */
    private static boolean isOverage(Object claimNames, String claim) {
        return claimNames instanceof Map<?, ?> names && names.containsKey(claim);
    }
}
