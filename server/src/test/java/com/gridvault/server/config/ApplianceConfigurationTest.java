package com.gridvault.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplianceConfigurationTest {

    private static ApplianceSettings read(Map<String, String> values) {
        return ApplianceConfiguration.read(new ConfigReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsAreDerivedFromTheHomeFolder() {
        ApplianceSettings settings = read(Map.of("gridvault.home", "/opt/gridvault"));
        assertThat(settings.home()).isEqualTo(Path.of("/opt/gridvault"));
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/opt/gridvault/data"));
        assertThat(settings.pluginsDirectory()).isEqualTo(Path.of("/opt/gridvault/plugins"));
        assertThat(settings.initialAdminPasswordFile())
                .isEqualTo(Path.of("/opt/gridvault/data/initial-admin-password"));
        assertThat(settings.maxBodyBytes()).isEqualTo(2L << 20);
        assertThat(settings.logFormat()).isEqualTo("simple");
        assertThat(settings.failFast()).isTrue();
    }

    @Test
    void aBadValueNamesItsKeyAndEnvironmentVariable() {
        Map<String, String> values = new HashMap<>(Map.of("gridvault.home", "/opt/gridvault"));
        values.put("gridvault.http.max-body-bytes", "ten megabytes");
        assertThatThrownBy(() -> read(values))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage(
                        "Configuration key 'gridvault.http.max-body-bytes' (environment variable GRIDVAULT_HTTP_MAX_BODY_BYTES) "
                                + "must be a positive whole number, but is 'ten megabytes'");

        values.put("gridvault.http.max-body-bytes", "-1");
        assertThatThrownBy(() -> read(values)).hasMessageContaining("gridvault.http.max-body-bytes");

        values.remove("gridvault.http.max-body-bytes");
        values.put("gridvault.log.format", "yaml");
        assertThatThrownBy(() -> read(values))
                .hasMessageContaining("'gridvault.log.format'")
                .hasMessageContaining("json");

        values.remove("gridvault.log.format");
        values.put("gridvault.startup.fail-fast", "yes");
        assertThatThrownBy(() -> read(values))
                .hasMessageContaining("'gridvault.startup.fail-fast'")
                .hasMessageContaining("true or false");
    }

    @Test
    void aMissingOrUnresolvedHomeIsRefused() {
        assertThatThrownBy(() -> read(Map.of())).hasMessageContaining("GRIDVAULT_HOME");
        assertThatThrownBy(() -> read(Map.of("gridvault.home", "${env.GRIDVAULT_HOME}")))
                .hasMessageContaining("GRIDVAULT_HOME");
    }

    @Test
    void underscoresInNumbersAndExplicitFoldersAreAccepted() {
        ApplianceSettings settings = read(Map.of(
                "gridvault.home", "/opt/gridvault",
                "gridvault.plugins.dir", "/srv/plugins",
                "gridvault.models.max-paths", "1_000_000"));
        assertThat(settings.pluginsDirectory()).isEqualTo(Path.of("/srv/plugins"));
        assertThat(settings.modelLimits().maxPaths()).isEqualTo(1_000_000);
    }
}
