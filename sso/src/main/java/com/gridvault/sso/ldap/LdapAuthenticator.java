package com.gridvault.sso.ldap;

import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import java.security.GeneralSecurityException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.TrustManager;

/**
 * Verifies a user name and password against an LDAP directory: the service account searches the user
 * (the name escaped per RFC 4515), a bind as the found DN checks the password, and the service
 * account then reads the user's groups. One short-lived connection per sign-in; thread-safe.
 */
public final class LdapAuthenticator {

    private static final int MAX_USERNAME_LENGTH = 256;
    private static final int MAX_GROUPS = 1000;
    private static final String[] USER_ATTRIBUTES = {"mail", "displayName", "cn", "uid", "sAMAccountName"};

    private final LdapSettings settings;
    private final TrustManager trustManager;

    /** Trusts the JVM's default certificate authorities for {@code ldaps://} and StartTLS. */
    public LdapAuthenticator(LdapSettings settings) {
        this(settings, JVMDefaultTrustManager.getInstance());
    }

    /** Trusts what {@code trustManager} trusts, e.g. a company CA; host names are always checked. */
    public LdapAuthenticator(LdapSettings settings, TrustManager trustManager) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
    }

    /**
     * The directory identity for {@code username} if {@code password} is right; empty if the user is
     * unknown, the password wrong or empty (an empty password would be an anonymous bind, which
     * directories accept), or the input unusable.
     *
     * @throws SsoException if the directory cannot be reached ({@code DIRECTORY_UNREACHABLE}) or
     *     rejects the service account or the configured searches ({@code DIRECTORY_ERROR})
     */
    public Optional<LdapIdentity> authenticate(String username, String password) {
        if (username == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String name = username.strip();
        if (name.isEmpty() || name.length() > MAX_USERNAME_LENGTH || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try (LDAPConnection connection = connect()) {
            bindServiceAccount(connection);
            SearchResultEntry user = findUser(connection, name);
            if (user == null || !passwordMatches(connection, user.getDN(), password)) {
                return Optional.empty();
            }
            bindServiceAccount(connection);
            return Optional.of(new LdapIdentity(
                    user.getDN(),
                    firstOf(user, name, "uid", "sAMAccountName"),
                    firstOf(user, null, "mail"),
                    firstOf(user, null, "displayName", "cn"),
                    groups(connection, user.getDN(), name)));
        } catch (LDAPException e) {
            throw failure(e);
        }
    }

    private LDAPConnection connect() throws LDAPException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        int timeout = (int) settings.timeout().toMillis();
        options.setConnectTimeoutMillis(timeout);
        options.setResponseTimeoutMillis(timeout);
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        options.setFollowReferrals(false);
        String host = settings.url().getHost();
        SSLUtil ssl = new SSLUtil(trustManager);
        try {
            if (settings.isLdaps()) {
                return new LDAPConnection(ssl.createSSLSocketFactory(), options, host, settings.port());
            }
            LDAPConnection connection = new LDAPConnection(options, host, settings.port());
            if (settings.startTls()) {
                startTls(connection, ssl);
            }
            return connection;
        } catch (GeneralSecurityException e) {
            throw new SsoException(Reason.DIRECTORY_ERROR, "The directory's TLS settings could not be set up", e);
        }
    }

    private static void startTls(LDAPConnection connection, SSLUtil ssl)
            throws LDAPException, GeneralSecurityException {
        ExtendedResult result =
                connection.processExtendedOperation(new StartTLSExtendedRequest(ssl.createSSLContext()));
        if (result.getResultCode() != ResultCode.SUCCESS) {
            connection.close();
            throw new SsoException(Reason.DIRECTORY_ERROR, "The directory refused StartTLS");
        }
    }

    private void bindServiceAccount(LDAPConnection connection) throws LDAPException {
        try {
            connection.bind(new SimpleBindRequest(settings.bindDn(), settings.bindPassword()));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                throw new SsoException(Reason.DIRECTORY_ERROR, "The directory rejected the service account", e);
            }
            throw e;
        }
    }

    private SearchResultEntry findUser(LDAPConnection connection, String name) throws LDAPException {
        SearchRequest request = new SearchRequest(
                settings.userBaseDn(),
                SearchScope.SUB,
                FilterTemplate.fill(settings.userFilter(), name),
                USER_ATTRIBUTES);
        request.setSizeLimit(2);
        request.setTimeLimitSeconds(timeLimitSeconds());
        SearchResult result;
        try {
            result = connection.search(request);
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw ambiguous(e);
            }
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                throw new SsoException(Reason.DIRECTORY_ERROR, "The directory has no entry at the user base DN", e);
            }
            throw e;
        }
        if (result.getEntryCount() > 1) {
            throw ambiguous(null);
        }
        return result.getEntryCount() == 1 ? result.getSearchEntries().get(0) : null;
    }

    private static boolean passwordMatches(LDAPConnection connection, String dn, String password) throws LDAPException {
        try {
            return connection.bind(new SimpleBindRequest(dn, password)).getResultCode() == ResultCode.SUCCESS;
        } catch (LDAPException e) {
            if (!e.getResultCode().isConnectionUsable()) {
                throw e;
            }
            return false; // wrong password, locked or disabled account: all just "no"
        }
    }

    private Set<String> groups(LDAPConnection connection, String userDn, String name) throws LDAPException {
        if (settings.groupBaseDn() == null) {
            return Set.of();
        }
        SearchRequest request = new SearchRequest(
                settings.groupBaseDn(),
                SearchScope.SUB,
                FilterTemplate.fill(settings.groupFilter(), userDn, name),
                settings.groupNameAttribute());
        request.setSizeLimit(MAX_GROUPS);
        request.setTimeLimitSeconds(timeLimitSeconds());
        Set<String> groups = new LinkedHashSet<>();
        for (SearchResultEntry entry : connection.search(request).getSearchEntries()) {
            String groupName = entry.getAttributeValue(settings.groupNameAttribute());
            groups.add(groupName == null || groupName.isBlank() ? entry.getDN() : groupName);
        }
        return groups;
    }

    private int timeLimitSeconds() {
        return (int) Math.max(1, settings.timeout().toSeconds());
    }

    private static String firstOf(SearchResultEntry entry, String fallback, String... attributes) {
        for (String attribute : attributes) {
            String value = entry.getAttributeValue(attribute);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return fallback;
    }

    private static SsoException ambiguous(Throwable cause) {
        return new SsoException(
                Reason.DIRECTORY_ERROR,
                "The user filter matched more than one directory entry; check the settings",
                cause);
    }

    private static SsoException failure(LDAPException e) {
        if (!e.getResultCode().isConnectionUsable() || e.getResultCode() == ResultCode.TIMEOUT) {
            return new SsoException(Reason.DIRECTORY_UNREACHABLE, "The directory server could not be reached", e);
        }
        return new SsoException(Reason.DIRECTORY_ERROR, "The directory could not complete the sign-in", e);
    }
}
