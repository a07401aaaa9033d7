package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.testkit.PluginTestHarness;
import com.gridvault.search.support.PackagedBackendScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the packaged PF4J zip through the real plugin host and searches through the guarded extension. */
class LuceneSearchPluginIT {

    @Test
    void packagedPluginIndexesAndSearchesHybrid() {
        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            assertThat(harness.plugins())
                    .singleElement()
                    .extracting(PluginInfo::id, PluginInfo::status)
                    .containsExactly("search-lucene", PluginStatus.STARTED);
            List<SearchBackend> backends = harness.extensions(SearchBackend.class);
            assertThat(backends).singleElement().extracting(SearchBackend::id).isEqualTo("lucene");
            SearchBackend backend = backends.get(0);

            PackagedBackendScenario.indexesAndSearchesHybrid(backend);
            assertThat(harness.context("search-lucene").dataDirectory().resolve("index"))
                    .isDirectory();
        }
    }
}
