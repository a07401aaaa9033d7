package com.gridvault.plugin.testkit.search;

import static com.gridvault.plugin.testkit.search.Fixtures.*;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import java.util.List;

/**
 * BM25 searches a chunk's section title beside its text, with a modest weight: a query that names a
 * section prefers that section's passages, while a strong match in the text still comes first.
 */
final class SectionTitleChecks {

    private SectionTitleChecks() {}

    static void titleBreaksATieOfSimilarText(SearchBackend backend) {
        backend.index(List.of(
                // By its text alone the shorter MD&A chunk ranks first for the supplier words.
                titled(
                        "md-and-a",
                        "Disruptions at our suppliers delayed product shipments.",
                        "Management's Discussion and Analysis"),
                titled(
                        "risk",
                        "Disruptions at our suppliers could delay product shipments to customers in the future.",
                        "Risk Factors"),
                chunk("untitled", "d1", "Supplier disruptions are described in the notes.", null)));

        List<SearchHit> byText = backend.search(query("supplier disruptions").build());
        Expect.equal(Expect.ids(byText).get(0), "untitled", "shortest chunk first when no title is named");

        for (SearchHit hit :
                backend.search(query("risk factors of supplier disruptions").build())) {
            Expect.equal(hit.chunkId(), "risk", "first hit when the query names the section 'Risk Factors'");
            return;
        }
        throw new AssertionError("'risk factors of supplier disruptions' found nothing");
    }

    static void titleNeverOutweighsAStrongTextMatch(SearchBackend backend) {
        backend.index(List.of(
                titled(
                        "currency",
                        "Foreign currency exchange rates moved sharply; currency hedges offset most exchange losses.",
                        "Management's Discussion and Analysis"),
                titled("competition", "Competition in our markets is intense and prices may fall.", "Risk Factors")));

        List<SearchHit> hits = backend.search(query("currency exchange risk").build());
        Expect.chunkIds(hits, List.of("currency", "competition"), "text match first, the title-only match after it");
        SearchHit titleOnly = hits.get(1);
        Expect.equal(titleOnly.highlights(), List.of(), "a title match highlights nothing in the text");
        Expect.isTrue(titleOnly.snippet().startsWith("Competition"), "the snippet comes from the chunk text");
    }

    private static SearchChunk titled(String chunkId, String text, String title) {
        ChunkMetadata metadata =
                ChunkMetadata.builder().sectionId(chunkId).sectionTitle(title).build();
        return chunk(ACME, CREDIT, chunkId, "d1", text, null, metadata);
    }
}
