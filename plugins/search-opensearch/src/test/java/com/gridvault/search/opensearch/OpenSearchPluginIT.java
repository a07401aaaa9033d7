package com.gridvault.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.testkit.PluginTestHarness;
import com.gridvault.search.support.PackagedBackendScenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the packaged PF4J zip through the real plugin host, points it at a real OpenSearch node and
 * searches through the guarded extension.
 */
class OpenSearchPluginIT {

    @TempDir
    static Path dir;

    private static OpenSearchTestNode node;

    @BeforeAll
    static void startNode() {
        node = OpenSearchTestNode.start(dir);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void packagedPluginIndexesAndSearchesHybrid() {
        // Configured before start, as the appliance does: the host creates extensions when it starts.
        try (PluginTestHarness harness = PluginTestHarness.create()
                .copyIn(Path.of(System.getProperty(PluginTestHarness.PACKAGED_PLUGIN_PROPERTY)))) {
            harness.context("search-opensearch")
                    .config(OpenSearchSettings.SERVER_URLS, node.url().toString())
                    .config(OpenSearchSettings.INDEX_PREFIX, "it-");
            harness.start();
            assertThat(harness.plugins())
                    .singleElement()
                    .extracting(PluginInfo::id, PluginInfo::status)
                    .containsExactly("search-opensearch", PluginStatus.STARTED);
            List<SearchBackend> backends = harness.extensions(SearchBackend.class);
            assertThat(backends).singleElement().extracting(SearchBackend::id).isEqualTo("opensearch");
            SearchBackend backend = backends.get(0);

            PackagedBackendScenario.indexesAndSearchesHybrid(backend);
            backend.clear();
        }
    }
}
