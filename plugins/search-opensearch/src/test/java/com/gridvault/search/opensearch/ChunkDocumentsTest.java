package com.gridvault.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChunkDocumentsTest {

    @Test
    void idsOfLookAlikeKeysDiffer() {
        assertThat(ChunkDocuments.id("a|b", "c", "d")).isNotEqualTo(ChunkDocuments.id("a", "b|c", "d"));
        assertThat(ChunkDocuments.id("a", "b", "c")).isEqualTo(ChunkDocuments.id("a", "b", "c"));
        assertThat(ChunkDocuments.id("t".repeat(256), "w".repeat(256), "c".repeat(256)))
                .hasSize(64);
    }

    @Test
    void metadataSurvivesTheRoundTripThroughTheSource() {
        ChunkMetadata metadata = ChunkMetadata.builder()
                .documentTitle("Annual Report")
                .documentType("filing")
                .formType("10-K")
                .company("Acme Bank")
                .documentDate(LocalDate.of(2026, 2, 27))
                .page(47)
                .sectionId("item-7")
                .sectionTitle("MD&A")
                .tableId("t-12")
                .offsets(10, 20)
                .build();
        SearchChunk chunk = new SearchChunk("t", "w", "d", "c", "text", new float[] {1, 0}, metadata);

        var source = ChunkDocuments.source(chunk);

        assertThat(ChunkDocuments.metadata(source)).isEqualTo(metadata);
        assertThat(source.get(ChunkDocuments.COMPANY_KEY).asText()).isEqualTo("acme bank");
        assertThat(ChunkDocuments.metadata(
                        ChunkDocuments.source(new SearchChunk("t", "w", "d", "c", "text", null, null))))
                .isEqualTo(ChunkMetadata.EMPTY);
    }
}
