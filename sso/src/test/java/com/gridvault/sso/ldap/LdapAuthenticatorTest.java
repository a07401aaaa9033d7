package com.gridvault.sso.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.sso.GroupRoleMapping;
import com.gridvault.sso.OrgRole;
import com.gridvault.sso.SsoException;
import com.gridvault.sso.SsoException.Reason;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.OperationType;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in against UnboundID's real in-memory directory server, seeded from corp.ldif. */
class LdapAuthenticatorTest {

    private static final String SERVICE_DN = "cn=gridvault-svc,ou=services,dc=corp,dc=example";

    private InMemoryDirectoryServer directory;
    private LdapAuthenticator authenticator;

    @BeforeEach
    void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=corp,dc=example");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        // Like a real directory: nothing is readable without binding first.
        config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(
                true, Path.of(getClass().getResource("/corp.ldif").toURI()).toFile());
        directory.startListening();
        authenticator = new LdapAuthenticator(settings("svc-secret"));
    }

    @AfterEach
    void stopDirectory() {
        directory.shutDown(true);
    }

    private LdapSettings settings(String servicePassword) {
        return new LdapSettings(
                URI.create("ldap://127.0.0.1:" + directory.getListenPort()),
                SERVICE_DN,
                servicePassword,
                "ou=people,dc=corp,dc=example",
                "(&(objectClass=inetOrgPerson)(uid={0}))",
                "ou=groups,dc=corp,dc=example",
                "(&(objectClass=groupOfNames)(member={0}))",
                "cn",
                Duration.ofSeconds(5),
                false);
    }

    @Test
    void rightPasswordYieldsTheIdentityWithGroups() {
        Optional<LdapIdentity> identity = authenticator.authenticate("alice", "alice-pass-1");

        assertThat(identity).hasValueSatisfying(alice -> {
            assertThat(alice.dn()).isEqualTo("uid=alice,ou=people,dc=corp,dc=example");
            assertThat(alice.username()).isEqualTo("alice");
            assertThat(alice.email()).isEqualTo("alice@corp.example");
            assertThat(alice.displayName()).isEqualTo("Alice Adams");
            assertThat(alice.groups()).containsExactlyInAnyOrder("Finance-Admins", "analysts");
        });
    }

    @Test
    void displayNameFallsBackToCn() {
        assertThat(authenticator.authenticate("bob", "bob-pass-2"))
                .hasValueSatisfying(bob -> assertThat(bob.displayName()).isEqualTo("Bob Brown"));
    }

    @Test
    void groupsMapToOrganizationRoles() {
        GroupRoleMapping mapping = GroupRoleMapping.builder()
                .grant("finance-admins", "acme", OrgRole.ADMIN)
                .grant("analysts", "acme", OrgRole.ANALYST)
                .grant("holding-viewers", "holding", OrgRole.VIEWER)
                .build();

        LdapIdentity alice = authenticator.authenticate("alice", "alice-pass-1").orElseThrow();
        LdapIdentity bob = authenticator.authenticate("bob", "bob-pass-2").orElseThrow();

        assertThat(mapping.rolesFor(alice.groups())).containsExactlyInAnyOrderEntriesOf(Map.of("acme", OrgRole.ADMIN));
        assertThat(mapping.rolesFor(bob.groups()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("acme", OrgRole.ANALYST, "holding", OrgRole.VIEWER));
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(authenticator.authenticate("alice", "bob-pass-2")).isEmpty();
    }

    @Test
    void unknownUserIsRefused() {
        assertThat(authenticator.authenticate("mallory", "alice-pass-1")).isEmpty();
    }

    @Test
    void emptyPasswordIsRefusedEvenThoughTheDirectoryWouldBindAnonymously() {
        assertThat(authenticator.authenticate("alice", "")).isEmpty();
        assertThat(authenticator.authenticate("nopass", "")).isEmpty();
        assertThat(authenticator.authenticate("alice", null)).isEmpty();
    }

    @Test
    void filterSyntaxInTheUserNameIsALiteralValue() {
        // Unescaped, "*" would match every user and "*)(uid=*" would rewrite the filter.
        assertThat(authenticator.authenticate("*", "alice-pass-1")).isEmpty();
        assertThat(authenticator.authenticate("al*", "alice-pass-1")).isEmpty();
        assertThat(authenticator.authenticate("*)(uid=*", "alice-pass-1")).isEmpty();
        assertThat(authenticator.authenticate("alice)(|(uid=*", "alice-pass-1")).isEmpty();
        assertThat(authenticator.authenticate("alice\\2a", "alice-pass-1")).isEmpty();
    }

    @Test
    void surroundingWhitespaceInTheUserNameIsIgnored() {
        assertThat(authenticator.authenticate("  alice ", "alice-pass-1")).isPresent();
    }

    @Test
    void aRejectedServiceAccountIsAClearError() {
        LdapAuthenticator misconfigured = new LdapAuthenticator(settings("not-the-password"));

        assertThatThrownBy(() -> misconfigured.authenticate("alice", "alice-pass-1"))
                .isInstanceOfSatisfying(SsoException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DIRECTORY_ERROR);
                    assertThat(e.getMessage()).contains("service account").doesNotContain("not-the-password");
                });
    }

    @Test
    void aDirectoryThatIsDownIsAClearError() {
        directory.shutDown(true);

        assertThatThrownBy(() -> authenticator.authenticate("alice", "alice-pass-1"))
                .isInstanceOfSatisfying(SsoException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DIRECTORY_UNREACHABLE);
                    assertThat(e.getMessage()).isEqualTo("The directory server could not be reached");
                });
    }

    @Test
    void withoutAGroupBaseNoGroupsAreRead() {
        LdapSettings s = settings("svc-secret");
        LdapAuthenticator noGroups = new LdapAuthenticator(new LdapSettings(
                s.url(),
                s.bindDn(),
                s.bindPassword(),
                s.userBaseDn(),
                s.userFilter(),
                null,
                null,
                null,
                s.timeout(),
                false));

        assertThat(noGroups.authenticate("alice", "alice-pass-1"))
                .hasValueSatisfying(alice -> assertThat(alice.groups()).isEmpty());
    }
}
