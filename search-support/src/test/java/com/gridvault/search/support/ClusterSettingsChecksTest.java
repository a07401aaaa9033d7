package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSettingsChecksTest {

    @Test
    void urlsAreSplitOnCommasWithBlanksSkipped() {
        assertThat(ClusterSettingsChecks.parseServerUrls("server-urls", " https://a:9200, ,http://b:9200 "))
                .containsExactly(URI.create("https://a:9200"), URI.create("http://b:9200"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterSettingsChecks.parseServerUrls("server-urls", "http://a b"))
                .withMessage("Configuration key 'server-urls' holds an invalid URL 'http://a b'");
    }

    @Test
    void urlsMustBeHttpWithAHostAndAtLeastOne() {
        assertThat(ClusterSettingsChecks.checkServerUrls("server-urls", List.of(URI.create("HTTPS://a:9200"))))
                .hasSize(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterSettingsChecks.checkServerUrls("server-urls", List.of()))
                .withMessage("Configuration key 'server-urls' must list at least one URL");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> ClusterSettingsChecks.checkServerUrls("server-urls", List.of(URI.create("ftp://a:21"))))
                .withMessageContaining("must hold http(s)://host:port URLs, was 'ftp://a:21'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterSettingsChecks.checkServerUrls("server-urls", List.of(URI.create("a:9200"))))
                .withMessageContaining("'server-urls'");
    }

    @Test
    void indexPrefixesMustMakeValidIndexNames() {
        ClusterSettingsChecks.checkIndexPrefix("index-prefix", "gridvault-");
        for (String bad : new String[] {"Upper", "_x", "-x", "a*b", "a b", ""}) {
            assertThatIllegalArgumentException()
                    .as(bad)
                    .isThrownBy(() -> ClusterSettingsChecks.checkIndexPrefix("index-prefix", bad))
                    .withMessageStartingWith("Configuration key 'index-prefix' must be lower-case");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterSettingsChecks.checkIndexPrefix("index-prefix", null));
    }

    @Test
    void rangesIncludeTheirBoundsAndNameTheKey() {
        ClusterSettingsChecks.range("shards", 1, 1, 64);
        ClusterSettingsChecks.range("shards", 64, 1, 64);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterSettingsChecks.range("shards", 65, 1, 64))
                .withMessage("Configuration key 'shards' must be between 1 and 64, was 65");
    }

    @Test
    void blankValuesCountAsUnset() {
        assertThat(ClusterSettingsChecks.blankToNull("  ")).isNull();
        assertThat(ClusterSettingsChecks.blankToNull(null)).isNull();
        assertThat(ClusterSettingsChecks.blankToNull("user")).isEqualTo("user");
    }
}
