package com.gridvault.server.auth;

import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.secrets.PrivateFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Creates the first administrator on an empty database, Jenkins-style: a generated password is
 * written to {@code data/initial-admin-password}, readable only by the appliance's OS user, and the
 * log says where. The identity feature later makes this account the first OWNER of the default
 * organization.
 */
@ApplicationScoped
public class BootstrapAdministrator {

    static final String USERNAME = "admin";
    private static final Logger LOG = System.getLogger(BootstrapAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApplianceSettings settings;

    /**
     * Creates the administrator if no account exists yet.
     *
     * @return the administrator when this call created it
     */
    public java.util.Optional<User> ensure() {
        Path file = settings.initialAdminPasswordFile();
        if (users.count() > 0) {
            if (Files.exists(file)) {
                LOG.log(
                        Level.INFO,
                        "The initial administrator password is still in {0}; delete that file once you have signed in and changed it",
                        file);
            }
            return java.util.Optional.empty();
        }
        String password = generatePassword();
        PrivateFiles.write(file, password + System.lineSeparator(), "the initial administrator password");
        User admin = new User(
                UUID.randomUUID().toString(),
                USERNAME,
                "Administrator",
                hasher.hash(password),
                true,
                true,
                true,
                OffsetDateTime.now(ZoneOffset.UTC));
        users.create(admin);
        LOG.log(
                Level.WARNING,
                "Created the initial administrator ''{0}''. Its password is in {1} (readable only by this user).",
                USERNAME,
                file);
        return java.util.Optional.of(admin);
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
