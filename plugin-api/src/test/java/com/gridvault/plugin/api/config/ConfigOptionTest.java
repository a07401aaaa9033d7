package com.gridvault.plugin.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigOptionTest {

    @Test
    void rejectsMalformedDescriptions() {
        assertThatThrownBy(() -> ConfigOption.of("Base URL", ConfigType.URL, null, "help"))
                .hasMessageContaining("'Base URL'");
        assertThatThrownBy(() -> new ConfigOption("mode", ConfigType.CHOICE, null, "help", false, false, List.of()))
                .hasMessageContaining("lists no allowed values");
        assertThatThrownBy(() -> new ConfigOption("api-key", ConfigType.STRING, "sk-default", "help", true, true, null))
                .hasMessageContaining("must not have a default");
    }

    @Test
    void secretOptionsAreRequiredAndHaveNoDefault() {
        ConfigOption key = ConfigOption.secret("api-key", "The provider's API key.");
        assertThat(key.secret()).isTrue();
        assertThat(key.required()).isTrue();
        assertThat(key.defaultValue()).isNull();
        assertThat(key.allowedValues()).isEmpty();
    }

    @Test
    void typedAccessorsNameTheKeyOnBadValues() {
        PluginConfig config = key -> Optional.ofNullable(
                Map.of("batch", "32", "flag", "TRUE", "bad", "3x").get(key));
        assertThat(config.getLong("batch", 1)).isEqualTo(32);
        assertThat(config.getLong("missing", 7)).isEqualTo(7);
        assertThat(config.getBoolean("flag", false)).isTrue();
        assertThatThrownBy(() -> config.getLong("bad", 1))
                .hasMessageContaining("'bad'")
                .hasMessageContaining("3x");
        assertThatThrownBy(() -> config.getBoolean("bad", false)).hasMessageContaining("'bad'");
    }
}
