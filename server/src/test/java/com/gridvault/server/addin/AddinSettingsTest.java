package com.gridvault.server.addin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.config.ConfigReader;
import com.gridvault.server.config.InvalidConfigurationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The add-in's settings as the appliance reads them at start (ApplianceStartup) through a {@link
 * ConfigReader}, so a bad value is refused with the key, its environment variable and the value.
 */
class AddinSettingsTest {

    private static AddinSettings read(Map<String, String> values) {
        return AddinSettings.read(ConfigReader.of(values));
    }

    @Test
    void defaultsPointAtLocalhostAndMicrosoftsCdn() {
        AddinSettings settings =
                AddinSettings.of(AddinSettings.DEFAULT_PUBLIC_URL, AddinSettings.DEFAULT_OFFICE_JS_URL);

        assertThat(settings.publicUrl("/addin/taskpane.html")).isEqualTo("https://localhost:8443/addin/taskpane.html");
        assertThat(settings.officeJsOrigin()).isEqualTo("https://appsforoffice.microsoft.com");
    }

    @Test
    void aPublicUrlKeepsItsPathWithoutTrailingSlashes() {
        AddinSettings settings =
                AddinSettings.of("https://gv.example.com:9443/gridvault//", AddinSettings.DEFAULT_OFFICE_JS_URL);

        assertThat(settings.publicUrl("/addin/manifest.xml"))
                .isEqualTo("https://gv.example.com:9443/gridvault/addin/manifest.xml");
        assertThat(settings.publicOrigin()).isEqualTo("https://gv.example.com:9443");
    }

    @Test
    void excelNeedsHttpsSoAPlainHttpPublicUrlIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> AddinSettings.of("http://gv.example.com", AddinSettings.DEFAULT_OFFICE_JS_URL))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("gridvault.public-url")
                .hasMessageContaining("GRIDVAULT_PUBLIC_URL")
                .hasMessageContaining("http://gv.example.com");
        assertThatThrownBy(() -> AddinSettings.of("https://gv.example.com/?x=1", AddinSettings.DEFAULT_OFFICE_JS_URL))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    @Test
    void officeJsMayComeFromAnyAbsoluteHttpUrlButNotFromARelativeOne() {
        AddinSettings local = AddinSettings.of(AddinSettings.DEFAULT_PUBLIC_URL, "http://127.0.0.1:19391/office.js");
        assertThat(local.officeJsOrigin()).isEqualTo("http://127.0.0.1:19391");

        assertThatThrownBy(() -> AddinSettings.of(AddinSettings.DEFAULT_PUBLIC_URL, "/lib/office.js"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("GRIDVAULT_ADDIN_OFFICE_JS_URL");
        assertThatThrownBy(() -> AddinSettings.of(AddinSettings.DEFAULT_PUBLIC_URL, "javascript:alert(1)"))
                .isInstanceOf(InvalidConfigurationException.class);
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
