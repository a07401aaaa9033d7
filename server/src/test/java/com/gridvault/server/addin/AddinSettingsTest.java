package com.gridvault.server.addin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class AddinSettingsTest {

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
}
