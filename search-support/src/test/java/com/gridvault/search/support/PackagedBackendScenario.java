package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;

/**
 * What every search plugin's packaged-plugin test checks once the host has loaded it: a hybrid search
 * through the guarded extension, tenant isolation, and API exceptions passing the guard unchanged.
 * Shipped to the plugins in this module's test jar.
 */
public final class PackagedBackendScenario {

    /** The metadata of the Acme chunks, expected back on their hits. */
    public static final ChunkMetadata TEN_K = ChunkMetadata.builder()
            .documentTitle("Acme 10-K 2025")
            .formType("10-K")
            .page(12)
            .build();

    private PackagedBackendScenario() {}

    /**
     * Indexes two chunks of tenant "acme" and one of tenant "other" in workspace "credit", searches
     * hybrid and checks the hits, then a query the API refuses.
     *
     * @param backend the extension the host created, behind its guard
     */
    public static void indexesAndSearchesHybrid(SearchBackend backend) {
        backend.index(List.of(
                new SearchChunk(
                        "acme", "credit", "d1", "c1", "Net interest margin widened.", new float[] {1, 0, 0}, TEN_K),
                new SearchChunk("acme", "credit", "d1", "c2", "Deposit costs rose.", new float[] {0, 1, 0}, TEN_K),
                new SearchChunk(
                        "other", "credit", "d1", "c1", "Net interest margin widened.", new float[] {1, 0, 0}, null)));

        List<SearchHit> hits = backend.search(SearchQuery.builder("acme", "credit")
                .text("interest margin")
                .vector(new float[] {0.9f, 0.1f, 0})
                .mode(SearchMode.HYBRID)
                .k(5)
                .build());

        assertThat(hits).extracting(SearchHit::chunkId).containsExactly("c1", "c2");
        // c1 is first by BM25 and by kNN: 1/(60 + 1) twice.
        assertThat(hits.get(0).score()).isCloseTo(2.0 / 61, within(1e-9));
        assertThat(hits.get(0).metadata()).isEqualTo(TEN_K);
        assertThat(hits.get(0).highlightedTerms()).containsExactly("interest", "margin");
        assertThat(backend.count("other", "credit")).isEqualTo(1);

        // API exceptions pass the host's guard unchanged, with their field paths.
        assertThatThrownBy(() -> backend.search(
                        SearchQuery.builder("acme", "credit").text("x").k(0).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("k: must be between 1 and 1000");
    }
}
