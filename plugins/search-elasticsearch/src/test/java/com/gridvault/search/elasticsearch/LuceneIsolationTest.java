package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/**
 * The test node runs on the Lucene its server was built with, not the embedded backend's 9.12 that
 * the root pom manages: this module's pom overrides {@code lucene.version}.
 */
class LuceneIsolationTest {

    @Test
    void theClassPathCarriesTheLuceneOfElasticsearch8150() {
        assertThat(Version.LATEST).isEqualTo(Version.LUCENE_9_11_1);
        assertThat(org.elasticsearch.index.IndexVersion.current().luceneVersion())
                .isEqualTo(Version.LATEST);
    }
}
