package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchBackendException;
import com.gridvault.plugin.testkit.PluginTestHarness;
import com.gridvault.search.support.PackagedBackendScenario;
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

            PackagedBackendScenario.indexesAndSearchesHybrid(backend);
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
