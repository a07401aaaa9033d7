package com.gridvault.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.model.ModelLimits;
import com.gridvault.server.config.ApplianceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapAdministratorTest {

    @TempDir
    Path home;

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final PasswordHasher hasher = new PasswordHasher();
    private BootstrapAdministrator bootstrap;

    @BeforeEach
    void setUp() {
        bootstrap = new BootstrapAdministrator();
        bootstrap.users = users;
        bootstrap.hasher = hasher;
        bootstrap.settings = new ApplianceSettings(
                home,
                home.resolve("data"),
                home.resolve("plugins"),
                1,
                1,
                "simple",
                true,
                ModelLimits.DEFAULT,
                1,
                java.time.Duration.ofMinutes(15),
                com.gridvault.server.auth.throttle.LoginThrottle.Policy.DEFAULT);
    }

    @Test
    void firstStartCreatesAnAdministratorWhosePasswordOnlyTheOwnerCanRead() throws Exception {
        bootstrap.ensure();

        Path file = home.resolve("data/initial-admin-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String password = Files.readString(file).trim();
        assertThat(password).hasSize(24).matches("[A-Za-z2-9]+");

        User admin = users.findByUsername("ADMIN").orElseThrow();
        assertThat(admin.systemAdmin()).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.passwordHash()).startsWith("$shiro2$argon2id$").doesNotContain(password);

        Subject subject = login("admin", password);
        assertThat(subject.isPermitted("plugins:manage")).isTrue();
    }

    @Test
    void laterStartsCreateNothing() throws Exception {
        bootstrap.ensure();
        String first = Files.readString(home.resolve("data/initial-admin-password"));
        bootstrap.ensure();
        assertThat(users.count()).isEqualTo(1);
        assertThat(Files.readString(home.resolve("data/initial-admin-password")))
                .isEqualTo(first);
    }

    @Test
    void wrongPasswordsDisabledAccountsAndOrdinaryUsersAreHandled() {
        users.create(new User(
                "u1", "analyst", "Ana", hasher.hash("correct horse"), false, true, false, OffsetDateTime.now()));
        users.create(
                new User("u2", "gone", "Gone", hasher.hash("correct horse"), true, false, false, OffsetDateTime.now()));

        assertThat(login("analyst", "correct horse").isPermitted("plugins:manage"))
                .isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> login("analyst", "wrong"))
                .isInstanceOf(AuthenticationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> login("gone", "correct horse"))
                .isInstanceOf(AuthenticationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> login("nobody", "x"))
                .isInstanceOf(AuthenticationException.class);
    }

    private Subject login(String username, String password) {
        DefaultSecurityManager manager = new DefaultSecurityManager(new ApplianceRealm(users, hasher.service()));
        Subject subject =
                new Subject.Builder(manager).sessionCreationEnabled(false).buildSubject();
        subject.login(new UsernamePasswordToken(username, password));
        return subject;
    }
}
