package com.gridvault.plugin.testkit.search;

import static com.gridvault.plugin.testkit.search.Fixtures.*;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** BM25, kNN, hybrid fusion, k, highlights and citation metadata. */
final class RankingChecks {

    private RankingChecks() {}

    static void bm25FindsTheRightChunk(SearchBackend backend) {
        backend.index(List.of(
                chunk("c1", "d1", "Net interest margin widened to 3.1 percent on higher loan yields.", null),
                chunk("c2", "d1", "Loan loss provisions increased as credit quality weakened.", null),
                chunk("c3", "d2", "Retail deposits grew while wholesale funding declined.", null),
                chunk("c4", "d2", "The board approved a quarterly dividend of 40 cents.", null)));

        List<SearchHit> margin = backend.search(query("interest margin").build());
        Expect.isTrue(!margin.isEmpty(), "'interest margin' finds something");
        Expect.equal(margin.get(0).chunkId(), "c1", "best chunk for 'interest margin'");
        Expect.isTrue(margin.get(0).score() > 0, "BM25 score is positive");
        Expect.equal(margin.get(0).documentId(), "d1", "document of the best chunk");

        // English stemming: "dividends approved" matches "approved a quarterly dividend".
        Expect.chunkIds(backend.search(query("dividends approved").build()), List.of("c4"), "stemmed query");
        Expect.chunkIds(backend.search(query("zeppelin").build()), List.of(), "a term in no chunk");
    }

    static void queryTextIsNotASyntax(SearchBackend backend) {
        backend.index(List.of(chunk("c1", "d1", "Revenue growth (organic) was 4 percent.", null)));
        for (String text : List.of("revenue AND (growth", "text:revenue", "*", "\"unclosed", "growth~ ^2 \\")) {
            List<SearchHit> hits = backend.search(query(text).build());
            Expect.isTrue(hits.size() <= 1, "odd query text '" + text + "' is searched as words, not parsed");
        }
        Expect.chunkIds(backend.search(query("revenue AND (growth").build()), List.of("c1"), "words of odd text");
    }

    static void knnFindsNearestVectors(SearchBackend backend) {
        backend.index(List.of(
                chunk("east", "d1", "alpha", EAST),
                chunk("north", "d1", "beta", NORTH),
                chunk("up", "d2", "gamma", UP),
                chunk("north-east", "d2", "delta", NORTH_EAST),
                chunk("no-vector", "d2", "epsilon", null)));

        List<SearchHit> hits =
                backend.search(semantic(new float[] {0.9f, 0.2f, 0, 0}).k(2).build());
        Expect.chunkIds(hits, List.of("east", "north-east"), "two nearest of (0.9, 0.2, 0, 0)");
        Expect.isTrue(hits.get(0).score() >= hits.get(1).score(), "scores descend");

        List<SearchHit> up = backend.search(semantic(UP).k(1).build());
        Expect.chunkIds(up, List.of("up"), "nearest of UP");
        Expect.near(up.get(0).score(), 1.0, 1e-4, "(1 + cos) / 2 of identical directions");

        List<SearchHit> all = backend.search(semantic(EAST).k(10).build());
        Expect.isTrue(!SearchHitsContain.chunk(all, "no-vector"), "a chunk without a vector is not a kNN hit");
    }

    static void hybridFusesBothRankings(SearchBackend backend) {
        backend.index(List.of(
                chunk("both", "d1", "Quarterly revenue guidance was raised.", EAST),
                chunk("text-only", "d1", "Revenue, revenue and more revenue figures.", UP),
                chunk("vector-only", "d2", "Cash flow statement for the period.", MOSTLY_EAST)));

        List<SearchHit> hits =
                backend.search(hybrid("revenue guidance", EAST).k(3).build());
        Expect.equal(Expect.ids(hits).get(0), "both", "the chunk ranked first by BM25 and kNN comes first");
        Expect.sameChunkIds(hits, List.of("both", "text-only", "vector-only"), "hybrid keeps hits of both rankings");
        // Ranked first in both lists: 1/(60+1) + 1/(60+1) with the default RRF constant 60.
        Expect.near(hits.get(0).score(), 2.0 / 61, 1e-6, "RRF score of a chunk first in both rankings");
        Expect.isTrue(hits.get(0).score() > hits.get(1).score(), "fused scores descend");

        Expect.isTrue(
                !SearchHitsContain.chunk(
                        backend.search(query("revenue guidance").build()), "vector-only"),
                "TEXT alone misses the vector-only chunk");
    }

    static void kLimitsHits(SearchBackend backend) {
        List<SearchChunk> chunks = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            float[] v = {1, i / 15f, 0, 0};
            chunks.add(chunk("c" + i, "d" + (i % 3), "Capital ratio note number " + i, v));
        }
        backend.index(chunks);
        Expect.equal(backend.search(query("capital").k(5).build()).size(), 5, "TEXT hits with k=5");
        Expect.equal(backend.search(semantic(EAST).k(3).build()).size(), 3, "SEMANTIC hits with k=3");
        Expect.equal(backend.search(hybrid("capital", EAST).k(4).build()).size(), 4, "HYBRID hits with k=4");
        Expect.equal(backend.search(query("capital").k(100).build()).size(), 15, "k above the matches");
    }

    static void highlightsMarkQueryTerms(SearchBackend backend) {
        String text = "Tier 1 capital stayed strong. Total revenue grew 12 percent, driven by fee revenue in Asia.";
        backend.index(List.of(chunk("c1", "d1", text, EAST)));

        SearchHit hit = backend.search(query("revenue").build()).get(0);
        Expect.isTrue(!hit.highlights().isEmpty(), "a highlighted snippet for 'revenue'");
        for (String term : hit.highlightedTerms()) {
            Expect.equal(term.toLowerCase(java.util.Locale.ROOT), "revenue", "highlighted stretch");
        }
        Expect.isTrue(hit.snippet().contains("revenue"), "the snippet shows the matched text");

        SearchHit plain =
                backend.search(query("revenue").highlight(false).build()).get(0);
        Expect.equal(plain.highlights(), List.of(), "no highlights when highlighting is off");
        Expect.isTrue(!plain.snippet().isBlank(), "a snippet even without highlighting");

        SearchHit hybridHit =
                backend.search(hybrid("fee revenue", EAST).build()).get(0);
        Expect.isTrue(!hybridHit.highlights().isEmpty(), "hybrid hits are highlighted with the query text");
    }

    static void hitsCarryCitationMetadata(SearchBackend backend) {
        ChunkMetadata metadata = ChunkMetadata.builder()
                .documentTitle("Acme Bank Annual Report 2025")
                .documentType("filing")
                .formType("10-K")
                .company("Acme Bank")
                .documentDate(LocalDate.of(2026, 2, 27))
                .page(47)
                .sectionId("item-7")
                .sectionTitle("Management's Discussion and Analysis")
                .tableId("table-12")
                .offsets(120_345, 121_020)
                .build();
        backend.index(List.of(chunk(ACME, CREDIT, "c1", "d1", "Net charge-offs fell to 0.4 percent.", EAST, metadata)));
        for (SearchHit hit : List.of(
                backend.search(query("charge-offs").build()).get(0),
                backend.search(semantic(EAST).build()).get(0),
                backend.search(hybrid("charge-offs", EAST).build()).get(0))) {
            Expect.equal(hit.metadata(), metadata, "citation metadata of the hit");
            Expect.equal(hit.documentId(), "d1", "document id of the hit");
        }
    }

    /** Small helper kept apart so checks read as sentences. */
    static final class SearchHitsContain {
        private SearchHitsContain() {}

        static boolean chunk(List<SearchHit> hits, String chunkId) {
            return Expect.ids(hits).contains(chunkId);
        }
    }
}
