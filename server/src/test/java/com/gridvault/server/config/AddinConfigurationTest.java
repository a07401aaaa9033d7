package com.gridvault.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.addin.AddinSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Excel add-in's settings as the appliance reads them at start (ApplianceStartup): through a
 * {@link ConfigReader}, so a bad value is refused with the key, its environment variable and the
 * value. Here rather than in the add-in's package for the reader over a plain map.
 */
class AddinConfigurationTest {

    private static AddinSettings read(Map<String, String> values) {
        return AddinSettings.read(new ConfigReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void unsetOrBlankKeysFallBackToLocalhostAndMicrosoftsCdn() {
        AddinSettings settings = read(Map.of("gridvault.public-url", "  "));
        assertThat(settings.publicUrl("/addin/taskpane.html")).isEqualTo("https://localhost:8443/addin/taskpane.html");
        assertThat(settings.officeJsUrl()).hasToString(AddinSettings.DEFAULT_OFFICE_JS_URL);
    }

    @Test
    void configuredValuesAreTrimmedAndUsed() {
        AddinSettings settings = read(Map.of(
                "gridvault.public-url", " https://gridvault.corp.example:8443/ ",
                "gridvault.addin.office-js-url", "https://mirror.corp.example/office/office.js"));
        assertThat(settings.publicOrigin()).isEqualTo("https://gridvault.corp.example:8443");
        assertThat(settings.officeJsOrigin()).isEqualTo("https://mirror.corp.example");
    }

    @Test
    void aBadPublicUrlNamesItsKeyAndEnvironmentVariable() {
        Map<String, String> values = new HashMap<>(Map.of("gridvault.public-url", "http://gridvault.corp.example"));
        assertThatThrownBy(() -> read(values))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Configuration key 'gridvault.public-url' (environment variable GRIDVAULT_PUBLIC_URL) "
                        + "must be an absolute https URL without query or fragment, e.g. https://gridvault.example.com, "
                        + "but is 'http://gridvault.corp.example'");

        values.put("gridvault.public-url", "gridvault.corp.example:8443");
        assertThatThrownBy(() -> read(values)).hasMessageContaining("GRIDVAULT_PUBLIC_URL");

        values.put("gridvault.public-url", "https://gridvault.corp.example/#pane");
        assertThatThrownBy(() -> read(values)).hasMessageContaining("'gridvault.public-url'");
    }

    @Test
    void aBadOfficeJsUrlNamesItsKeyAndEnvironmentVariable() {
        Map<String, String> values = new HashMap<>(Map.of("gridvault.addin.office-js-url", "office.js"));
        assertThatThrownBy(() -> read(values))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Configuration key 'gridvault.addin.office-js-url' (environment variable "
                        + "GRIDVAULT_ADDIN_OFFICE_JS_URL) must be an absolute http or https URL, but is 'office.js'");

        values.put("gridvault.addin.office-js-url", "https://cdn example/office.js");
        assertThatThrownBy(() -> read(values)).hasMessageContaining("GRIDVAULT_ADDIN_OFFICE_JS_URL");
    }
}
