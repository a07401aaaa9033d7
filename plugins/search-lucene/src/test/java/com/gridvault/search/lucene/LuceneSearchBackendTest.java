package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchBackendTest {

    @TempDir
    Path dir;

    private static SearchChunk chunk(String id, String text, float[] vector) {
        return new SearchChunk("acme", "credit", "d-" + id, id, text, vector, ChunkMetadata.EMPTY);
    }

    private static SearchQuery.Builder query() {
        return SearchQuery.builder("acme", "credit");
    }

    @Test
    void restartKeepsChunksAndTheVectorDimension() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            backend.index(List.of(chunk("c1", "Mortgage arrears rose", new float[] {1, 0, 0})));
        }
        try (LuceneSearchBackend reopened = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            assertThat(reopened.count("acme", "credit")).isEqualTo(1);
            assertThat(reopened.search(query().text("arrears").build()))
                    .extracting(SearchHit::chunkId)
                    .containsExactly("c1");
            assertThatThrownBy(() -> reopened.search(query().vector(new float[] {1, 0})
                            .mode(SearchMode.SEMANTIC)
                            .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("vector: must have 3 dimensions");
        }
    }

    @Test
    void concurrentIndexingAndSearchingSeeConsistentResults() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            backend.index(List.of(chunk("seed", "Liquidity coverage ratio", new float[] {0, 1})));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    int w = writer;
                    work.add(pool.submit(() -> {
                        for (int batch = 0; batch < 10; batch++) {
                            List<SearchChunk> chunks = new ArrayList<>();
                            for (int i = 0; i < 10; i++) {
                                String id = "w" + w + "-" + batch + "-" + i;
                                chunks.add(chunk(id, "Liquidity buffer note " + id, new float[] {1, i}));
                            }
                            backend.index(chunks);
                        }
                    }));
                }
                for (int reader = 0; reader < 2; reader++) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            SearchQuery q = query().text("liquidity")
                                    .vector(new float[] {1, 1})
                                    .mode(SearchMode.HYBRID)
                                    .k(5)
                                    .build();
                            assertThat(backend.search(q)).hasSizeBetween(1, 5);
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(backend.count("acme", "credit")).isEqualTo(201);
        }
    }

    @Test
    void closingReleasesTheIndexFolderAndPluginStopClosesOpenIndexes() throws Exception {
        LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir);
        backend.index(List.of(chunk("c1", "Covenant breach", null)));

        new LuceneSearchPlugin().stop();

        // Lucene allows one writer per folder: opening one proves the plugin released the lock.
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            assertThat(writer.getDocStats().numDocs).isEqualTo(1);
        }
        // A backend used after stop opens the index again.
        assertThat(backend.count("acme", "credit")).isEqualTo(1);
        backend.close();
    }

    @Test
    void settingsComeFromTheConfigurationAndAreDescribed() {
        LuceneSettings settings = LuceneSettings.from(key -> switch (key) {
            case "index-folder" -> java.util.Optional.of("search/v2");
            case "rrf-k" -> java.util.Optional.of("20");
            default -> java.util.Optional.empty();
        });
        assertThat(settings).isEqualTo(new LuceneSettings("search/v2", 64, 20, 200));
        assertThat(LuceneSettings.from(key -> java.util.Optional.ofNullable(
                        switch (key) {
                            case "hnsw-m" -> "24";
                            case "hnsw-beam-width" -> "200";
                            case "vector-encoding" -> " INT8 ";
                            case "search-threads" -> "1";
                            case "compact-idle-seconds" -> "0";
                            default -> null;
                        })))
                .isEqualTo(new LuceneSettings("index", 64, 60, 200, 24, 200, LuceneSettings.VectorEncoding.INT8, 1, 0));
        assertThat(new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir).configOptions())
                .extracting(ConfigOption::name, ConfigOption::defaultValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("index-folder", "index"),
                        org.assertj.core.groups.Tuple.tuple("ram-buffer-mb", "64"),
                        org.assertj.core.groups.Tuple.tuple("rrf-k", "60"),
                        org.assertj.core.groups.Tuple.tuple("knn-candidates", "200"),
                        org.assertj.core.groups.Tuple.tuple("hnsw-m", "16"),
                        org.assertj.core.groups.Tuple.tuple("hnsw-beam-width", "100"),
                        org.assertj.core.groups.Tuple.tuple("vector-encoding", "float32"),
                        org.assertj.core.groups.Tuple.tuple("search-threads", "2"),
                        org.assertj.core.groups.Tuple.tuple("compact-idle-seconds", "30"));
        assertThat(LuceneSettings.OPTIONS)
                .filteredOn(o -> o.name().equals("vector-encoding"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.type()).isEqualTo(ConfigType.CHOICE);
                    assertThat(o.allowedValues()).containsExactly("float32", "int8");
                });
    }

    @Test
    void invalidSettingsNameTheirKey() {
        assertThatThrownBy(() -> new LuceneSettings("../elsewhere", 64, 60, 100))
                .hasMessageContaining("'index-folder' must be a folder inside the data directory");
        assertThatThrownBy(() -> new LuceneSettings("/abs", 64, 60, 100)).hasMessageContaining("index-folder");
        assertThatThrownBy(() -> new LuceneSettings("index", 0, 60, 100)).hasMessageContaining("'ram-buffer-mb'");
        assertThatThrownBy(() -> new LuceneSettings("index", 64, 0, 100)).hasMessageContaining("'rrf-k'");
        assertThatThrownBy(() -> new LuceneSettings("index", 64, 60, 0)).hasMessageContaining("'knn-candidates'");
        assertThatThrownBy(() -> LuceneSettings.from(key -> java.util.Optional.of(key)
                        .filter("vector-encoding"::equals)
                        .map(k -> "float16")))
                .hasMessageContaining("'vector-encoding' must be float32 or int8, was 'float16'");
        assertThatThrownBy(() -> LuceneSettings.from(key -> java.util.Optional.of(key)
                        .filter("search-threads"::equals)
                        .map(k -> "4294967296")))
                .hasMessageContaining("'search-threads' is out of range");
        assertThatThrownBy(() ->
                        new LuceneSettings("index", 64, 60, 100, 1, 100, LuceneSettings.VectorEncoding.FLOAT32, 2, 30))
                .hasMessageContaining("'hnsw-m' must be between 2 and 512");
    }

    @Test
    void configuredRrfConstantChangesFusedScores() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(new LuceneSettings("index", 16, 10, 100), dir)) {
            backend.index(List.of(chunk("c1", "Capital plan", new float[] {1, 0})));
            SearchHit hit = backend.search(query().text("capital")
                            .vector(new float[] {1, 0})
                            .mode(SearchMode.HYBRID)
                            .build())
                    .get(0);
            // First in both rankings with rrfK = 10: 1/11 + 1/11.
            assertThat(hit.score()).isCloseTo(2.0 / 11, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void stopWordOnlyTextFindsNothingInsteadOfFailing() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            backend.index(List.of(chunk("c1", "The bank and the board", null)));
            assertThat(backend.search(query().text("the and").build())).isEmpty();
        }
    }
}
