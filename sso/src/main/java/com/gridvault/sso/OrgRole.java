package com.gridvault.sso;

/**
 * A role within one organization, as granted through a directory group. Declared from the most to
 * the least powerful; the names match the server's organization roles.
 */
public enum OrgRole {
    OWNER,
    ADMIN,
    ANALYST,
    VIEWER;

    /** {@code true} if this role grants more than {@code other}. */
    public boolean outranks(OrgRole other) {
        return ordinal() < other.ordinal();
    }
}
