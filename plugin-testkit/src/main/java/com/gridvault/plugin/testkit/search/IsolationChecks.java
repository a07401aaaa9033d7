package com.gridvault.plugin.testkit.search;

import static com.gridvault.plugin.testkit.search.Fixtures.*;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import java.util.List;

/**
 * Tenant and workspace isolation: the same ids and text in three scopes (acme/credit,
 * acme/treasury, globex/credit) never leak into each other, in any mode or operation.
 */
final class IsolationChecks {

    private static final String TEXT = "Confidential liquidity stress scenario for ";

    private IsolationChecks() {}

    private static void corpus(SearchBackend backend) {
        backend.index(List.of(
                chunk(ACME, CREDIT, "c1", "d1", TEXT + "acme credit", EAST, title("acme-credit")),
                chunk(ACME, TREASURY, "c1", "d1", TEXT + "acme treasury", EAST, title("acme-treasury")),
                chunk(GLOBEX, CREDIT, "c1", "d1", TEXT + "globex credit", EAST, title("globex-credit"))));
    }

    private static ChunkMetadata title(String value) {
        return ChunkMetadata.builder().documentTitle(value).build();
    }

    private static void onlyOwn(SearchBackend backend, String tenant, String workspace, String expectedTitle) {
        for (SearchMode mode : SearchMode.values()) {
            SearchQuery query = SearchQuery.builder(tenant, workspace)
                    .text("liquidity stress scenario")
                    .vector(EAST)
                    .mode(mode)
                    .k(SearchQuery.MAX_K)
                    .build();
            List<SearchHit> hits = backend.search(query);
            Expect.equal(hits.size(), 1, mode + " hits in " + tenant + "/" + workspace);
            Expect.equal(
                    hits.get(0).metadata().documentTitle(),
                    expectedTitle,
                    mode + " hit of " + tenant + "/" + workspace);
        }
    }

    static void searchesNeverLeakAcrossWorkspacesOrTenants(SearchBackend backend) {
        corpus(backend);
        onlyOwn(backend, ACME, CREDIT, "acme-credit");
        onlyOwn(backend, ACME, TREASURY, "acme-treasury");
        onlyOwn(backend, GLOBEX, CREDIT, "globex-credit");
        Expect.equal(backend.search(query("liquidity").build()).size(), 1, "hits in acme/credit");
        Expect.equal(
                backend.search(
                        SearchQuery.builder(GLOBEX, TREASURY).text("liquidity").build()),
                List.of(),
                "a workspace with no chunks sees none of the others'");
        Expect.equal(backend.count(GLOBEX, TREASURY), 0L, "count of an empty workspace");
    }

    static void idsThatLookAlikeDoNotCollide(SearchBackend backend) {
        // Naive "tenant/workspace" or "tenant:workspace" keys would make these two scopes one.
        backend.index(List.of(
                chunk("a/b", "c", "x1", "d1", "Alpha scope text", EAST, ChunkMetadata.EMPTY),
                chunk("a", "b/c", "x1", "d1", "Alpha scope text", EAST, ChunkMetadata.EMPTY)));
        Expect.equal(backend.count("a/b", "c"), 1L, "chunks of a/b + c");
        Expect.equal(backend.count("a", "b/c"), 1L, "chunks of a + b/c");
        backend.deleteWorkspace("a", "b/c");
        Expect.equal(backend.count("a/b", "c"), 1L, "chunks of a/b + c after deleting a + b/c");
    }

    static void upsertStaysInItsWorkspace(SearchBackend backend) {
        corpus(backend);
        backend.index(List.of(chunk(ACME, TREASURY, "c1", "d1", "Replaced treasury text", NORTH, title("new"))));
        onlyOwn(backend, ACME, CREDIT, "acme-credit");
        onlyOwn(backend, GLOBEX, CREDIT, "globex-credit");
        Expect.equal(backend.count(ACME, TREASURY), 1L, "treasury chunks after the replacement");
    }

    static void deletesStayInTheirWorkspace(SearchBackend backend) {
        corpus(backend);
        Expect.equal(backend.deleteDocument(ACME, TREASURY, "d1"), 1L, "chunks deleted with acme/treasury d1");
        Expect.equal(backend.count(ACME, TREASURY), 0L, "acme/treasury after deleting its d1");
        onlyOwn(backend, ACME, CREDIT, "acme-credit");
        onlyOwn(backend, GLOBEX, CREDIT, "globex-credit");

        Expect.equal(backend.deleteWorkspace(ACME, CREDIT), 1L, "chunks deleted with acme/credit");
        Expect.equal(backend.count(ACME, CREDIT), 0L, "acme/credit after deleting it");
        onlyOwn(backend, GLOBEX, CREDIT, "globex-credit");
    }
}
