package com.gridvault.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.config.ConfigOption;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenSearchSettingsTest {

    @Test
    void readsEveryKeyAndThePasswordFromSecrets() {
        OpenSearchSettings settings = read(
                Map.of(
                        "server-urls", "https://os1:9200, https://os2:9201",
                        "username", "gridvault",
                        "index-prefix", "acme.",
                        "rrf-k", "20"),
                Map.of("password", "s3cret"));

        assertThat(settings.serverUrls())
                .containsExactly(URI.create("https://os1:9200"), URI.create("https://os2:9201"));
        assertThat(settings.username()).isEqualTo("gridvault");
        assertThat(settings.password()).isEqualTo("s3cret");
        assertThat(settings.indexName()).isEqualTo("acme.chunks");
        assertThat(settings.rrfK()).isEqualTo(20);
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void defaultsToALocalClusterAndTheApiRrfConstant() {
        OpenSearchSettings settings = read(Map.of(), Map.of());

        assertThat(settings.serverUrls()).containsExactly(URI.create("http://localhost:9200"));
        assertThat(settings.rrfK()).isEqualTo(60);
        assertThat(settings.username()).isNull();
        assertThat(settings.indexName()).isEqualTo("gridvault-chunks");
    }

    @Test
    void rejectsBadValuesNamingTheKey() {
        assertThatThrownBy(() -> read(Map.of("server-urls", "ftp://x"), Map.of()))
                .hasMessageContaining("server-urls");
        assertThatThrownBy(() -> read(Map.of("index-prefix", "Upper*"), Map.of()))
                .hasMessageContaining("index-prefix");
        assertThatThrownBy(() -> read(Map.of("shards", "0"), Map.of())).hasMessageContaining("shards");
    }

    @Test
    void thePasswordIsASecretOption() {
        assertThat(OpenSearchSettings.OPTIONS)
                .filteredOn(ConfigOption::secret)
                .extracting(ConfigOption::name)
                .containsExactly("password");
    }

    private static OpenSearchSettings read(Map<String, String> config, Map<String, String> secrets) {
        return OpenSearchSettings.from(
                key -> Optional.ofNullable(config.get(key)), name -> Optional.ofNullable(secrets.get(name)));
    }
}
