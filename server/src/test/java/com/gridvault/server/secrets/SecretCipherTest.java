package com.gridvault.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.config.InvalidConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path data;

    @Test
    void roundTripsAndUsesAFreshNonceEachTime() {
        SecretCipher cipher = new SecretCipher(MasterKey.resolve(Optional.empty(), data.resolve("keys/master.key")));
        String a = cipher.encrypt("sk-live-123", "plugin:ai-openai:api-key");
        String b = cipher.encrypt("sk-live-123", "plugin:ai-openai:api-key");
        assertThat(a).isNotEqualTo(b).doesNotContain("sk-live");
        assertThat(cipher.decrypt(a, "plugin:ai-openai:api-key")).isEqualTo("sk-live-123");
    }

    @Test
    void tamperingMovingOrAnotherKeyIsDetected() {
        SecretCipher cipher = new SecretCipher(MasterKey.resolve(Optional.empty(), data.resolve("keys/master.key")));
        String sealed = cipher.encrypt("sk-live-123", "plugin:ai-openai:api-key");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String flipped = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(flipped, "plugin:ai-openai:api-key"))
                .isInstanceOf(SecretTamperedException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "plugin:ai-anthropic:api-key"))
                .as("moved to another slot")
                .isInstanceOf(SecretTamperedException.class);
        SecretCipher other = new SecretCipher(MasterKey.resolve(Optional.empty(), data.resolve("other/master.key")));
        assertThatThrownBy(() -> other.decrypt(sealed, "plugin:ai-openai:api-key"))
                .isInstanceOf(SecretTamperedException.class);
    }

    @Test
    void theGeneratedKeyFileIsPrivateAndStableAndConfiguredKeysAreChecked() throws Exception {
        Path file = data.resolve("keys/master.key");
        SecretKey first = MasterKey.resolve(Optional.empty(), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(MasterKey.resolve(Optional.empty(), file).getEncoded()).isEqualTo(first.getEncoded());
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(MasterKey.resolve(Optional.of(configured), file).getEncoded())
                .isEqualTo(new byte[32]);
        assertThatThrownBy(() -> MasterKey.resolve(Optional.of("short"), file))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("GRIDVAULT_MASTER_KEY");
    }
}
