package com.gridvault.plugin.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.validation.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of the search SPI's value types (plugin-api has them in main only; these tests live here
 * until they move to plugin-api's test tree).
 */
class SearchValueTypesTest {

    @Test
    void vectorsAreCopiedInAndOutAndCompareByContent() {
        float[] v = {1, 2};
        SearchChunk chunk = new SearchChunk("t", "w", "d", "c", "text", v, null);
        v[0] = 9;
        chunk.vector()[1] = 9;
        assertThat(chunk.vector()).containsExactly(1, 2);
        assertThat(chunk.metadata()).isEqualTo(ChunkMetadata.EMPTY);
        assertThat(chunk).isEqualTo(new SearchChunk("t", "w", "d", "c", "text", new float[] {1, 2}, null));
        assertThat(chunk.hashCode())
                .isEqualTo(new SearchChunk("t", "w", "d", "c", "text", new float[] {1, 2}, null).hashCode());

        SearchQuery q = SearchQuery.builder("t", "w").vector(new float[] {3}).build();
        assertThat(q)
                .isEqualTo(SearchQuery.builder("t", "w").vector(new float[] {3}).build());
        assertThat(q.filters()).isEqualTo(SearchFilters.NONE);
        assertThat(q.mode()).isEqualTo(SearchMode.TEXT);
        assertThat(q.k()).isEqualTo(SearchQuery.DEFAULT_K);
        assertThat(q.highlight()).isTrue();
    }

    @Test
    void chunkProblemsCarryTheGivenPath() {
        SearchChunk bad = new SearchChunk(
                "t",
                "w",
                "d",
                "x".repeat(SearchChunk.MAX_ID_LENGTH + 1),
                "text",
                new float[] {1, Float.POSITIVE_INFINITY},
                ChunkMetadata.builder().page(0).offsets(10, 5).build());
        assertThat(bad.problems("chunks[4]"))
                .extracting(FieldError::path)
                .containsExactly(
                        "chunks[4].chunkId",
                        "chunks[4].vector[1]",
                        "chunks[4].metadata.page",
                        "chunks[4].metadata.endOffset");
    }

    @Test
    void metadataBuilderRoundTrips() {
        ChunkMetadata m = ChunkMetadata.builder()
                .documentTitle("T")
                .documentType("filing")
                .formType("10-K")
                .company("C")
                .documentDate(LocalDate.of(2025, 1, 2))
                .page(3)
                .sectionId("s")
                .sectionTitle("S")
                .tableId("t1")
                .offsets(1, 2)
                .build();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        assertThat(m.toBuilder().page(4).build().page()).isEqualTo(4);
    }

    @Test
    void filtersCopyAndDeduplicate() {
        SearchFilters f = SearchFilters.NONE.withDocumentIds("a", "a", "b").withCompanies("X");
        assertThat(f.documentIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(f.isEmpty()).isFalse();
        assertThat(SearchFilters.NONE.isEmpty()).isTrue();
    }

    @Test
    void hitsExposeHighlightedTermsAndRejectBadSpans() {
        SearchHit hit = new SearchHit("c", "d", 1, "net revenue rose", List.of(new HighlightSpan(4, 11)), null);
        assertThat(hit.highlightedTerms()).containsExactly("revenue");
        assertThatThrownBy(() -> new HighlightSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
