package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchBackendException;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loads the packaged PF4J zip through the real plugin host, points it at the real Elasticsearch test
 * node and searches through the guarded extension.
 */
class ElasticsearchPluginIT {

    @Test
    void packagedPluginIndexesAndSearchesHybrid() {
        String url = ElasticsearchTestNode.get().url().toString();
        // Configured before start, as the appliance does: the host creates extensions when it starts.
        try (PluginTestHarness harness = PluginTestHarness.create()
                .copyIn(Path.of(System.getProperty(PluginTestHarness.PACKAGED_PLUGIN_PROPERTY)))) {
            harness.context("search-elasticsearch")
                    .config(ElasticsearchSettings.SERVER_URLS, url)
                    .config(ElasticsearchSettings.INDEX_PREFIX, "it-");
            harness.start();
            assertThat(harness.plugins())
                    .singleElement()
                    .extracting(PluginInfo::id, PluginInfo::status)
                    .containsExactly("search-elasticsearch", PluginStatus.STARTED);
            List<SearchBackend> backends = harness.extensions(SearchBackend.class);
            assertThat(backends).singleElement().extracting(SearchBackend::id).isEqualTo("elasticsearch");
            SearchBackend backend = backends.get(0);

            ChunkMetadata tenK = ChunkMetadata.builder()
                    .documentTitle("Acme 10-K 2025")
                    .formType("10-K")
                    .page(12)
                    .build();
            backend.index(List.of(
                    new SearchChunk(
                            "acme", "credit", "d1", "c1", "Net interest margin widened.", new float[] {1, 0, 0}, tenK),
                    new SearchChunk("acme", "credit", "d1", "c2", "Deposit costs rose.", new float[] {0, 1, 0}, tenK),
                    new SearchChunk(
                            "other",
                            "credit",
                            "d1",
                            "c1",
                            "Net interest margin widened.",
                            new float[] {1, 0, 0},
                            null)));

            List<SearchHit> hits = backend.search(SearchQuery.builder("acme", "credit")
                    .text("interest margin")
                    .vector(new float[] {0.9f, 0.1f, 0})
                    .mode(SearchMode.HYBRID)
                    .k(5)
                    .build());

            assertThat(hits).extracting(SearchHit::chunkId).containsExactly("c1", "c2");
            // First by BM25 and by kNN: 1/(60 + 1) twice.
            assertThat(hits.get(0).score()).isCloseTo(2.0 / 61, within(1e-9));
            assertThat(hits.get(0).metadata()).isEqualTo(tenK);
            assertThat(hits.get(0).highlightedTerms()).containsExactly("interest", "margin");
            assertThat(backend.count("other", "credit")).isEqualTo(1);

            // API exceptions pass the host's guard unchanged, with their field paths.
            assertThatThrownBy(() -> backend.search(
                            SearchQuery.builder("acme", "credit").text("x").k(0).build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("k: must be between 1 and 1000");
            backend.clear();
            assertThat(backend.count("acme", "credit")).isZero();
        }
    }

    @Test
    void aPackagedPluginPointedAtNoClusterFailsCallsNotTheHost() throws IOException {
        String nothing;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nothing = "http://127.0.0.1:" + socket.getLocalPort();
        }
        try (PluginTestHarness harness = PluginTestHarness.create()
                .copyIn(Path.of(System.getProperty(PluginTestHarness.PACKAGED_PLUGIN_PROPERTY)))) {
            harness.context("search-elasticsearch")
                    .config(ElasticsearchSettings.SERVER_URLS, nothing)
                    .config(ElasticsearchSettings.CONNECT_TIMEOUT, "1000");
            harness.start();
            SearchBackend backend = harness.extensions(SearchBackend.class).get(0);

            assertThatThrownBy(() -> backend.count("acme", "credit"))
                    .isInstanceOf(SearchBackendException.class)
                    .hasMessageContaining("Elasticsearch at [" + nothing + "] is unreachable");
        }
    }
}
