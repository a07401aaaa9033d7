package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.config.ConfigOption;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

    @Test
    void readsEveryKeyAndTheSecretsFromTheSecretStore() {
        ElasticsearchSettings settings = read(
                Map.of(
                        "server-urls", "https://es1:9200, https://es2:9201",
                        "username", "gridvault",
                        "index-prefix", "acme.",
                        "connect-timeout-ms", "1500",
                        "request-timeout-ms", "9000",
                        "rrf-k", "20",
                        "knn-candidates", "250",
                        "shards", "3",
                        "replicas", "1"),
                Map.of("password", "s3cret", "api-key", "a2V5OnNlY3JldA=="));

        assertThat(settings.serverUrls())
                .containsExactly(URI.create("https://es1:9200"), URI.create("https://es2:9201"));
        assertThat(settings.username()).isEqualTo("gridvault");
        assertThat(settings.password()).isEqualTo("s3cret");
        assertThat(settings.apiKey()).isEqualTo("a2V5OnNlY3JldA==");
        assertThat(settings.indexName()).isEqualTo("acme.chunks");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(settings.rrfK()).isEqualTo(20);
        assertThat(settings.knnCandidates()).isEqualTo(250);
        assertThat(settings.shards()).isEqualTo(3);
        assertThat(settings.replicas()).isEqualTo(1);
        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("a2V5OnNlY3JldA==");
    }

    @Test
    void defaultsToALocalClusterBoundedTimeoutsAndTheApiRrfConstant() {
        ElasticsearchSettings settings = read(Map.of(), Map.of());

        assertThat(settings.serverUrls()).containsExactly(URI.create("http://localhost:9200"));
        assertThat(settings.rrfK()).isEqualTo(60);
        assertThat(settings.username()).isNull();
        assertThat(settings.apiKey()).isNull();
        assertThat(settings.indexName()).isEqualTo("gridvault-chunks");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void blankSecretsCountAsUnset() {
        ElasticsearchSettings settings = read(Map.of("username", " "), Map.of("password", "", "api-key", "  "));

        assertThat(settings.username()).isNull();
        assertThat(settings.password()).isNull();
        assertThat(settings.apiKey()).isNull();
    }

    @Test
    void rejectsBadValuesNamingTheKey() {
        assertThatThrownBy(() -> read(Map.of("server-urls", "ftp://x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server-urls");
        assertThatThrownBy(() -> read(Map.of("server-urls", " , "), Map.of())).hasMessageContaining("server-urls");
        assertThatThrownBy(() -> read(Map.of("index-prefix", "Upper*"), Map.of()))
                .hasMessageContaining("index-prefix");
        assertThatThrownBy(() -> read(Map.of("index-prefix", "_hidden"), Map.of()))
                .hasMessageContaining("index-prefix");
        assertThatThrownBy(() -> read(Map.of("shards", "0"), Map.of())).hasMessageContaining("shards");
        assertThatThrownBy(() -> read(Map.of("knn-candidates", "10001"), Map.of()))
                .hasMessageContaining("knn-candidates");
        assertThatThrownBy(() -> read(Map.of("connect-timeout-ms", "0"), Map.of()))
                .hasMessageContaining("connect-timeout-ms");
        assertThatThrownBy(() -> read(Map.of("request-timeout-ms", "-5"), Map.of()))
                .hasMessageContaining("request-timeout-ms");
        assertThatThrownBy(() -> read(Map.of("rrf-k", "99999999999"), Map.of())).hasMessageContaining("rrf-k");
    }

    @Test
    void thePasswordAndTheApiKeyAreSecretOptions() {
        assertThat(ElasticsearchSettings.OPTIONS)
                .filteredOn(ConfigOption::secret)
                .extracting(ConfigOption::name)
                .containsExactlyInAnyOrder("password", "api-key");
        assertThat(ElasticsearchSettings.OPTIONS)
                .extracting(ConfigOption::name)
                .contains("server-urls", "index-prefix", "connect-timeout-ms", "request-timeout-ms", "rrf-k");
    }

    private static ElasticsearchSettings read(Map<String, String> config, Map<String, String> secrets) {
        return ElasticsearchSettings.from(
                key -> Optional.ofNullable(config.get(key)), name -> Optional.ofNullable(secrets.get(name)));
    }
}
