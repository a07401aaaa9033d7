package com.gridvault.server.secrets;

import com.gridvault.server.config.ApplianceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Seals and opens stored secrets with the appliance master key (AES-256-GCM, see {@link
 * SecretCipher}); the slot binds a ciphertext to where it is stored, so a sealed value copied to
 * another row does not open.
 */
@ApplicationScoped
public class SecretSealer {

    @Inject
    ApplianceSettings settings;

    @Inject
    Config config;

    private volatile SecretCipher cipher;

    public String seal(String plaintext, String slot) {
        return cipher().encrypt(plaintext, slot);
    }

    public String open(String sealed, String slot) {
        return cipher().decrypt(sealed, slot);
    }

    private SecretCipher cipher() {
        SecretCipher current = cipher;
        if (current == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = new SecretCipher(MasterKey.resolve(
                            config.getOptionalValue("gridvault.master-key", String.class),
                            settings.dataDirectory().resolve("keys/master.key")));
                }
                current = cipher;
            }
        }
        return current;
    }
}
