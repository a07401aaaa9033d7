package com.gridvault.sso.ldap;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how {@link LdapAuthenticator} reaches a directory.
 *
 * <ul>
 *   <li>Active Directory: {@code ldaps://dc1.corp.example:636}, user filter {@code
 *       (&(objectClass=user)(sAMAccountName={0}))}, group filter {@code (member={0})} (or {@code
 *       (member:1.2.840.113556.1.4.1941:={0})} to include nested groups), group name attribute {@code cn}.
 *   <li>OpenLDAP: {@code ldap://ldap.corp.example:389} with {@code startTls}, user filter {@code
 *       (uid={0})}, group filter {@code (member={0})} for {@code groupOfNames}, name attribute {@code cn}.
 * </ul>
 *
 * @param url {@code ldap://host[:port]} or {@code ldaps://host[:port]}
 * @param bindDn the service account's DN, used for the searches
 * @param bindPassword the service account's password; never printed
 * @param userBaseDn where users are searched (whole subtree)
 * @param userFilter the user search filter; {@code {0}} is replaced by the escaped user name
 * @param groupBaseDn where groups are searched (whole subtree); {@code null} to skip group lookup
 * @param groupFilter the group search filter; {@code {0}} is replaced by the escaped user DN and
 *     {@code {1}} by the escaped user name
 * @param groupNameAttribute the group attribute reported as the group's name (e.g. {@code cn})
 * @param timeout connect and response timeout of every directory operation
 * @param startTls upgrade an {@code ldap://} connection with StartTLS before any bind
 */
public record LdapSettings(
        URI url,
        String bindDn,
        String bindPassword,
        String userBaseDn,
        String userFilter,
        String groupBaseDn,
        String groupFilter,
        String groupNameAttribute,
        Duration timeout,
        boolean startTls) {

    public LdapSettings {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ldap") && !scheme.equals("ldaps") || url.getHost() == null) {
            throw new IllegalArgumentException("url must be ldap://host[:port] or ldaps://host[:port]");
        }
        if (startTls && scheme.equals("ldaps")) {
            throw new IllegalArgumentException("startTls applies to ldap:// only; ldaps:// is already encrypted");
        }
        requireText(bindDn, "bindDn");
        if (bindPassword == null || bindPassword.isEmpty()) {
            // An empty password would make the service bind anonymous on many servers.
            throw new IllegalArgumentException("bindPassword must not be empty");
        }
        requireText(userBaseDn, "userBaseDn");
        requireText(userFilter, "userFilter");
        if (!userFilter.contains("{0}")) {
            throw new IllegalArgumentException("userFilter must contain {0} for the user name");
        }
        if (groupBaseDn != null && groupBaseDn.isBlank()) {
            groupBaseDn = null;
        }
        if (groupBaseDn != null) {
            requireText(groupFilter, "groupFilter");
            requireText(groupNameAttribute, "groupNameAttribute");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** {@code true} for {@code ldaps://}. */
    public boolean isLdaps() {
        return url.getScheme().equalsIgnoreCase("ldaps");
    }

    /** The port in the URL, or the scheme's default (389, 636). */
    public int port() {
        return url.getPort() > 0 ? url.getPort() : isLdaps() ? 636 : 389;
    }

    /** Like the record's own, but with the service account's password masked. */
    @Override
    public String toString() {
        return "LdapSettings[url=" + url + ", bindDn=" + bindDn + ", bindPassword=****, userBaseDn=" + userBaseDn
                + ", userFilter=" + userFilter + ", groupBaseDn=" + groupBaseDn + ", groupFilter=" + groupFilter
                + ", groupNameAttribute=" + groupNameAttribute + ", timeout=" + timeout + ", startTls=" + startTls
                + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
