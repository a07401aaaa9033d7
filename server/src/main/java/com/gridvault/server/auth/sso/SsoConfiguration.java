package com.gridvault.server.auth.sso;

import com.gridvault.server.config.InvalidConfigurationException;
import com.gridvault.sso.ldap.LdapAuthenticator;
import com.gridvault.sso.ldap.LdapSettings;
import com.gridvault.sso.oidc.OidcClient;
import com.gridvault.sso.oidc.OidcProviderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The appliance's single sign-on, from configuration: LDAP when {@code gridvault.auth.ldap.url} is
 * set, OpenID Connect when {@code gridvault.auth.oidc.issuer} is set. Read once; a bad value names
 * its key.
 */
@ApplicationScoped
public class SsoConfiguration {

    @Inject
    Config config;

    private volatile Optional<LdapAuthenticator> ldap;
    private volatile Optional<OidcClient> oidc;

    public Optional<LdapAuthenticator> ldap() {
        Optional<LdapAuthenticator> current = ldap;
        if (current == null) {
            current = value("gridvault.auth.ldap.url")
                    .map(url -> new LdapAuthenticator(checked(
                            "gridvault.auth.ldap",
                            () -> new LdapSettings(
                                    URI.create(url),
                                    value("gridvault.auth.ldap.bind-dn").orElse(null),
                                    value("gridvault.auth.ldap.bind-password").orElse(null),
                                    required("gridvault.auth.ldap.user-base-dn"),
                                    value("gridvault.auth.ldap.user-filter").orElse("(uid={0})"),
                                    value("gridvault.auth.ldap.group-base-dn").orElse(null),
                                    value("gridvault.auth.ldap.group-filter").orElse("(member={0})"),
                                    value("gridvault.auth.ldap.group-name-attribute")
                                            .orElse("cn"),
                                    Duration.parse(
                                            value("gridvault.auth.ldap.timeout").orElse("PT5S")),
                                    Boolean.parseBoolean(value("gridvault.auth.ldap.start-tls")
                                            .orElse("false"))))));
            ldap = current;
        }
        return current;
    }

    public Optional<OidcClient> oidc() {
        Optional<OidcClient> current = oidc;
        if (current == null) {
            current = value("gridvault.auth.oidc.issuer")
                    .map(issuer -> new OidcClient(checked(
                            "gridvault.auth.oidc",
                            () -> new OidcProviderSettings(
                                    URI.create(issuer),
                                    required("gridvault.auth.oidc.client-id"),
                                    value("gridvault.auth.oidc.client-secret").orElse(null),
                                    URI.create(required("gridvault.auth.oidc.redirect-uri")),
                                    new LinkedHashSet<>(Arrays.asList(value("gridvault.auth.oidc.scopes")
                                            .orElse("openid profile email")
                                            .split("[ ,]+"))),
                                    value("gridvault.auth.oidc.groups-claim").orElse("groups"),
                                    Duration.ofSeconds(60),
                                    Duration.ofSeconds(10)))));
            oidc = current;
        }
        return current;
    }

    /**
     * Whether LDAP sign-ins report the user's complete group list (a group search base is set), so
     * that a group missing from a sign-in means the user left it.
     */
    public boolean ldapReportsGroups() {
        return value("gridvault.auth.ldap.group-base-dn").isPresent();
    }

    /** The issuer that prefixes OIDC subjects in the identity table. */
    String oidcIssuer() {
        return value("gridvault.auth.oidc.issuer").orElse("");
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private String required(String key) {
        return value(key)
                .orElseThrow(() -> new InvalidConfigurationException(
                        "Configuration key '" + key + "' is required for single sign-on"));
    }

    private static <T> T checked(String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new InvalidConfigurationException("The " + prefix + ".* settings are invalid: " + e.getMessage());
        }
    }
}
