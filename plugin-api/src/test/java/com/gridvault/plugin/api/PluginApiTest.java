package com.gridvault.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginApiTest {

    @Test
    void versionIsTheFilteredSemanticVersion() {
        assertThat(PluginApi.version()).matches("\\d+\\.\\d+\\.\\d+").isNotEqualTo("${gridvault.plugin-api.version}");
    }
}
