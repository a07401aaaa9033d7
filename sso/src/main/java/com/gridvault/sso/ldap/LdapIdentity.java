package com.gridvault.sso.ldap;

import java.util.Objects;
import java.util.Set;

/**
 * A directory user whose password was just verified. The DN is the stable key to link to a Gridvault
 * account (it changes only when the user is moved or renamed).
 *
 * @param dn the user's distinguished name
 * @param username the directory's spelling of the user name ({@code uid} or {@code sAMAccountName}),
 *     else the name as typed
 * @param email the {@code mail} attribute, or {@code null}
 * @param displayName the {@code displayName} attribute, else {@code cn}, or {@code null}
 * @param groups the names of the groups the group search found
 */
public record LdapIdentity(String dn, String username, String email, String displayName, Set<String> groups) {

    public LdapIdentity {
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(username, "username");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
