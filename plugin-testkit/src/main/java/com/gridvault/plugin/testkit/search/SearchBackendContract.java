package com.gridvault.plugin.testkit.search;

import com.gridvault.plugin.api.search.SearchBackend;
import java.util.List;
import java.util.function.Consumer;

/**
 * The behaviour every {@link SearchBackend} must show, as a list of named checks that each run
 * against a fresh, empty backend: BM25 over text and section titles, kNN, hybrid RRF fusion, every filter in every mode, tenant
 * and workspace isolation, upsert, deletes, clear, highlights, {@code k} and input validation.
 *
 * <p>A backend's test extends this class, supplies fresh backends and turns the checks into JUnit 5
 * dynamic tests:
 *
 * <pre>{@code
 * class LuceneSearchBackendContractTest extends SearchBackendContract {
 *     @TempDir Path dir;
 *
 *     @Override
 *     protected SearchBackend newBackend() {
 *         return new LuceneSearchBackend(...);
 *     }
 *
 *     @TestFactory
 *     Stream<DynamicTest> contract() {
 *         return checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), c::run));
 *     }
 * }
 * }</pre>
 *
 * <p>The checks use 4-dimensional vectors and fail with {@link AssertionError}; they need no test
 * library at run time, so this class lives in the test kit's main code.
 */
public abstract class SearchBackendContract {

    /** Creates the contract. */
    protected SearchBackendContract() {}

    /**
     * Creates a new, empty backend for one check; every call must return an independent index.
     *
     * @return a fresh backend
     */
    protected abstract SearchBackend newBackend();

    /**
     * Releases a backend after its check. The default closes it when it is {@link AutoCloseable}.
     *
     * @param backend the backend {@link #newBackend()} returned
     * @throws Exception when closing fails
     */
    protected void dispose(SearchBackend backend) throws Exception {
        if (backend instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /**
     * Lists every check of the contract, each bound to this contract's backend factory.
     *
     * @return the checks, in a stable order
     */
    public final List<Check> checks() {
        return List.of(
                check("BM25 finds the right chunk", RankingChecks::bm25FindsTheRightChunk),
                check("query text is words, never query syntax", RankingChecks::queryTextIsNotASyntax),
                check(
                        "a section title named in the query ranks its passages first",
                        SectionTitleChecks::titleBreaksATieOfSimilarText),
                check(
                        "a section title never outweighs a strong text match",
                        SectionTitleChecks::titleNeverOutweighsAStrongTextMatch),
                check("kNN finds the nearest vectors", RankingChecks::knnFindsNearestVectors),
                check("hybrid fuses BM25 and kNN by RRF", RankingChecks::hybridFusesBothRankings),
                check("k limits the hits", RankingChecks::kLimitsHits),
                check("highlights mark the query terms", RankingChecks::highlightsMarkQueryTerms),
                check("hits carry citation metadata", RankingChecks::hitsCarryCitationMetadata),
                check("filter: document ids", FilterChecks::documentIds),
                check("filter: document types", FilterChecks::documentTypes),
                check("filter: form types", FilterChecks::formTypes),
                check("filter: companies ignore case", FilterChecks::companiesIgnoreCase),
                check("filter: section ids", FilterChecks::sectionIds),
                check("filter: date range is inclusive", FilterChecks::dateRangeIsInclusive),
                check("filters combine", FilterChecks::filtersCombine),
                check(
                        "isolation: searches never leak across workspaces or tenants",
                        IsolationChecks::searchesNeverLeakAcrossWorkspacesOrTenants),
                check("isolation: look-alike ids do not collide", IsolationChecks::idsThatLookAlikeDoNotCollide),
                check("isolation: upsert stays in its workspace", IsolationChecks::upsertStaysInItsWorkspace),
                check("isolation: deletes stay in their workspace", IsolationChecks::deletesStayInTheirWorkspace),
                check("an empty index finds nothing", LifecycleChecks::emptyIndexFindsNothing),
                check("upsert replaces the chunk", LifecycleChecks::upsertReplacesTheChunk),
                check("delete document removes all its chunks", LifecycleChecks::deleteDocumentRemovesAllItsChunks),
                check("delete workspace removes everything in it", LifecycleChecks::deleteWorkspaceRemovesEverything),
                check(
                        "clear forgets everything and the dimension",
                        LifecycleChecks::clearForgetsEverythingAndTheDimension),
                check("bad queries name their fields", ValidationChecks::badQueriesNameTheirFields),
                check("bad chunks are refused as a batch", ValidationChecks::badChunksAreRefusedAsABatch),
                check("bad ids on delete and count", ValidationChecks::badIdsOnDeleteAndCount));
    }

    private Check check(String name, Consumer<SearchBackend> body) {
        return new Check(name, () -> {
            SearchBackend backend = newBackend();
            try {
                body.accept(backend);
            } finally {
                try {
                    dispose(backend);
                } catch (Exception e) {
                    throw new IllegalStateException("Disposing the backend failed", e);
                }
            }
        });
    }

    /**
     * One named check of the contract.
     *
     * @param name what the check shows, usable as a test's display name
     * @param body runs the check against a fresh backend and disposes it
     */
    public record Check(String name, Runnable body) {

        /**
         * Runs the check.
         *
         * @throws AssertionError when the backend breaks the contract
         */
        public void run() {
            body.run();
        }
    }
}
