package com.gridvault.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.SearchFixtures;
import org.junit.jupiter.api.Test;

class ChunkDocumentsTest {

    @Test
    void metadataSurvivesTheRoundTripThroughTheSource() {
        ChunkMetadata metadata = SearchFixtures.FULL_METADATA;
        SearchChunk chunk = new SearchChunk("t", "w", "d", "c", "text", new float[] {1, 0}, metadata);

        var source = ChunkDocuments.source(chunk);

        assertThat(ChunkDocuments.metadata(source)).isEqualTo(metadata);
        assertThat(source.get(ChunkFieldNames.COMPANY_KEY).asText()).isEqualTo("acme bank");
        assertThat(ChunkDocuments.metadata(
                        ChunkDocuments.source(new SearchChunk("t", "w", "d", "c", "text", null, null))))
                .isEqualTo(ChunkMetadata.EMPTY);
    }
}
