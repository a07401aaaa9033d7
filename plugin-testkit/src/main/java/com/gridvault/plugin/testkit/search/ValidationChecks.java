package com.gridvault.plugin.testkit.search;

import static com.gridvault.plugin.testkit.search.Fixtures.*;

import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import java.util.List;

/** Bad queries and chunks are refused with field paths, and refused batches write nothing. */
final class ValidationChecks {

    private ValidationChecks() {}

    static void badQueriesNameTheirFields(SearchBackend backend) {
        backend.index(List.of(chunk("c1", "d1", "Basel III capital floor", EAST)));
        Expect.invalid(() -> backend.search(query("capital").k(0).build()), "k = 0", "k");
        Expect.invalid(() -> backend.search(query("capital").k(-3).build()), "k < 0", "k");
        Expect.invalid(
                () -> backend.search(query("capital").k(SearchQuery.MAX_K + 1).build()), "k > MAX_K", "k");
        Expect.invalid(() -> backend.search(query("   ").build()), "blank text in TEXT mode", "text");
        Expect.invalid(() -> backend.search(query(null).build()), "no text in TEXT mode", "text");
        Expect.invalid(() -> backend.search(semantic(null).build()), "no vector in SEMANTIC mode", "vector");
        Expect.invalid(() -> backend.search(hybrid(" ", null).build()), "HYBRID without either", "text", "vector");
        Expect.invalid(
                () -> backend.search(semantic(new float[] {1, 0, 0}).build()), "vector dimension mismatch", "vector");
        Expect.invalid(
                () -> backend.search(
                        hybrid("capital", new float[] {1, 0, 0, 0, 0}).build()),
                "vector dimension mismatch in HYBRID",
                "vector");
        Expect.invalid(
                () -> backend.search(semantic(new float[] {0, Float.NaN, 0, 0}).build()), "NaN in vector", "vector[1]");
        Expect.invalid(() -> backend.search(semantic(new float[4]).build()), "zero vector", "vector");
        Expect.invalid(
                () -> backend.search(
                        SearchQuery.builder(null, " ").text("capital").build()),
                "missing tenant and workspace",
                "tenantId",
                "workspaceId");
        Expect.invalid(
                () -> backend.search(
                        SearchQuery.builder(ACME, CREDIT).text("x").mode(null).build()),
                "no mode",
                "mode");
        Expect.invalid(
                () -> backend.search(query("capital")
                        .filters(com.gridvault.plugin.api.search.SearchFilters.NONE.withDateRange(
                                java.time.LocalDate.of(2025, 2, 1), java.time.LocalDate.of(2025, 1, 1)))
                        .build()),
                "reversed date range",
                "filters.dateTo");
    }

    static void badChunksAreRefusedAsABatch(SearchBackend backend) {
        backend.index(List.of(chunk("c1", "d1", "Counterparty exposure", EAST)));
        List<SearchChunk> batch = List.of(
                chunk("c2", "d1", "Fine chunk", NORTH),
                chunk(" ", "d1", "Chunk without id", NORTH),
                chunk("c4", "d1", "Wrong dimension", new float[] {1, 0}),
                chunk(ACME, "", "c5", "d1", "", null, null));
        Expect.invalid(
                () -> backend.index(batch),
                "invalid chunks",
                "chunks[1].chunkId",
                "chunks[2].vector",
                "chunks[3].workspaceId",
                "chunks[3].text");
        Expect.equal(backend.count(ACME, CREDIT), 1L, "nothing of a refused batch is written");

        List<SearchChunk> mixed = List.of(
                chunk("c6", "d1", "Dimension four", EAST), chunk("c7", "d1", "Dimension three", new float[] {1, 0, 0}));
        Expect.invalid(() -> backend.index(mixed), "mixed dimensions in one batch", "chunks[1].vector");
        Expect.invalid(
                () -> backend.search(SearchQuery.builder(ACME, CREDIT)
                        .vector(new float[] {1, 0, 0})
                        .mode(SearchMode.SEMANTIC)
                        .build()),
                "dimension stays fixed",
                "vector");
    }

    static void badIdsOnDeleteAndCount(SearchBackend backend) {
        Expect.invalid(() -> backend.deleteDocument(ACME, CREDIT, " "), "blank document id", "documentId");
        Expect.invalid(() -> backend.deleteWorkspace(null, CREDIT), "missing tenant", "tenantId");
        Expect.invalid(() -> backend.count(ACME, ""), "blank workspace", "workspaceId");
    }
}
