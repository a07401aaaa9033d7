package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchFilters;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.testkit.search.SearchBackendContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract has teeth: backends broken on purpose (a Lucene backend behind a faulty decorator)
 * fail the checks that cover what they break.
 */
class ContractCatchesBrokenBackendsTest {

    @TempDir
    Path dir;

    /** Forwards to a real backend, letting a test corrupt chunks, queries or hits on the way. */
    private record Faulty(
            LuceneSearchBackend real,
            UnaryOperator<SearchChunk> chunks,
            UnaryOperator<SearchQuery> queries,
            UnaryOperator<SearchHit> hits,
            UnaryOperator<String> tenants)
            implements SearchBackend, AutoCloseable {

        @Override
        public String id() {
            return real.id();
        }

        @Override
        public void index(List<SearchChunk> batch) {
            real.index(batch.stream().map(chunks).toList());
        }

        @Override
        public long deleteDocument(String tenantId, String workspaceId, String documentId) {
            return real.deleteDocument(tenants.apply(tenantId), workspaceId, documentId);
        }

        @Override
        public long deleteWorkspace(String tenantId, String workspaceId) {
            return real.deleteWorkspace(tenants.apply(tenantId), workspaceId);
        }

        @Override
        public List<SearchHit> search(SearchQuery query) {
            return real.search(queries.apply(query)).stream().map(hits).toList();
        }

        @Override
        public long count(String tenantId, String workspaceId) {
            return real.count(tenants.apply(tenantId), workspaceId);
        }

        @Override
        public void clear() {
            real.clear();
        }

        @Override
        public void close() throws Exception {
            real.close();
        }
    }

    private SearchBackendContract contract(
            UnaryOperator<SearchChunk> chunks,
            UnaryOperator<SearchQuery> queries,
            UnaryOperator<SearchHit> hits,
            UnaryOperator<String> tenants) {
        return new SearchBackendContract() {
            @Override
            protected SearchBackend newBackend() {
                try {
                    LuceneSearchBackend real =
                            new LuceneSearchBackend(LuceneSettings.DEFAULTS, Files.createTempDirectory(dir, "b"));
                    return new Faulty(real, chunks, queries, hits, tenants);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static void fails(SearchBackendContract contract, String check) {
        SearchBackendContract.Check found = contract.checks().stream()
                .filter(c -> c.name().equals(check))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(found::run).as(check).isInstanceOf(AssertionError.class);
    }

    private static SearchQuery with(SearchQuery q, String tenant, int k, SearchFilters filters) {
        return new SearchQuery(tenant, q.workspaceId(), q.text(), q.vector(), q.mode(), k, filters, q.highlight());
    }

    @Test
    void mergingTenantsBreaksIsolation() {
        SearchBackendContract contract = contract(
                c -> new SearchChunk(
                        "shared", c.workspaceId(), c.documentId(), c.chunkId(), c.text(), c.vector(), c.metadata()),
                q -> with(q, q.tenantId() == null ? null : "shared", q.k(), q.filters()),
                h -> h,
                t -> t == null ? null : "shared");
        fails(contract, "isolation: searches never leak across workspaces or tenants");
        fails(contract, "isolation: deletes stay in their workspace");
    }

    @Test
    void ignoringFiltersIsCaughtForEveryFilter() {
        SearchBackendContract contract =
                contract(c -> c, q -> with(q, q.tenantId(), q.k(), SearchFilters.NONE), h -> h, t -> t);
        for (String check : List.of(
                "filter: document ids",
                "filter: document types",
                "filter: form types",
                "filter: companies ignore case",
                "filter: section ids",
                "filter: date range is inclusive",
                "filters combine")) {
            fails(contract, check);
        }
    }

    @Test
    void clampingKAndDroppingHighlightsAreCaught() {
        SearchBackendContract clamps = contract(
                c -> c, q -> with(q, q.tenantId(), Math.max(1, Math.min(q.k(), 1000)), q.filters()), h -> h, t -> t);
        fails(clamps, "bad queries name their fields");
        SearchBackendContract plain = contract(
                c -> c,
                q -> q,
                h -> new SearchHit(h.chunkId(), h.documentId(), h.score(), h.snippet(), List.of(), h.metadata()),
                t -> t);
        fails(plain, "highlights mark the query terms");
    }

    @Test
    void droppingSectionTitlesIsCaught() {
        SearchBackendContract untitled = contract(
                c -> new SearchChunk(
                        c.tenantId(),
                        c.workspaceId(),
                        c.documentId(),
                        c.chunkId(),
                        c.text(),
                        c.vector(),
                        ChunkMetadata.builder()
                                .sectionId(c.metadata().sectionId())
                                .build()),
                q -> q,
                h -> h,
                t -> t);
        fails(untitled, "a section title named in the query ranks its passages first");
    }

    @Test
    void theUnbrokenDecoratorPassesEveryCheck() {
        SearchBackendContract contract = contract(c -> c, q -> q, h -> h, t -> t);
        assertThat(contract.checks()).hasSize(28).allSatisfy(SearchBackendContract.Check::run);
    }
}
