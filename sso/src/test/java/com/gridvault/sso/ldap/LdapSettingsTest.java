package com.gridvault.sso.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LdapSettingsTest {

    private static LdapSettings settings(String url, String password, String userFilter, boolean startTls) {
        return new LdapSettings(
                URI.create(url),
                "cn=svc,dc=ex",
                password,
                "dc=ex",
                userFilter,
                "dc=ex",
                "(member={0})",
                "cn",
                Duration.ofSeconds(3),
                startTls);
    }

    @Test
    void defaultsThePortFromTheScheme() {
        assertThat(settings("ldap://dc1.ex", "p", "(uid={0})", true).port()).isEqualTo(389);
        assertThat(settings("ldaps://dc1.ex", "p", "(uid={0})", false).port()).isEqualTo(636);
        assertThat(settings("ldaps://dc1.ex:3269", "p", "(uid={0})", false).port())
                .isEqualTo(3269);
    }

    @Test
    void rejectsUnusableSettings() {
        assertThatThrownBy(() -> settings("http://dc1.ex", "p", "(uid={0})", false))
                .hasMessageContaining("ldap://");
        assertThatThrownBy(() -> settings("ldaps://dc1.ex", "p", "(uid={0})", true))
                .hasMessageContaining("startTls");
        assertThatThrownBy(() -> settings("ldap://dc1.ex", "", "(uid={0})", false))
                .hasMessageContaining("bindPassword");
        assertThatThrownBy(() -> settings("ldap://dc1.ex", "p", "(uid=alice)", false))
                .hasMessageContaining("{0}");
    }

    @Test
    void neverPrintsTheServicePassword() {
        assertThat(settings("ldap://dc1.ex", "hunter2", "(uid={0})", false).toString())
                .doesNotContain("hunter2")
                .contains("bindPassword=****");
    }
}
