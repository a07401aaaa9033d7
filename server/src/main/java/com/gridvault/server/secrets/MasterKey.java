package com.gridvault.server.secrets;

import com.gridvault.server.config.InvalidConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Loads the 256-bit master key from configuration, or from (first start: creates) the key file. */
public final class MasterKey {

    private MasterKey() {}

    /**
     * Resolves the master key.
     *
     * @param configured {@code gridvault.master-key} (base64 of 32 bytes), if set
     * @param file the key file used when nothing is configured
     * @return the key
     */
    public static SecretKey resolve(Optional<String> configured, Path file) {
        if (configured.isPresent()) {
            return fromBase64(
                    configured.get(),
                    "Configuration key 'gridvault.master-key' (environment variable GRIDVAULT_MASTER_KEY)");
        }
        try {
            if (Files.exists(file)) {
                return fromBase64(Files.readString(file).trim(), "The master key file " + file);
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            PrivateFiles.write(file, Base64.getEncoder().encodeToString(bytes), "the master key");
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key " + file, e);
        }
    }

    private static SecretKey fromBase64(String value, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    source + " must be base64; generate one with: openssl rand -base64 32");
        }
        if (bytes.length != 32) {
            throw new InvalidConfigurationException(
                    source + " must decode to 32 bytes (AES-256), but has " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
