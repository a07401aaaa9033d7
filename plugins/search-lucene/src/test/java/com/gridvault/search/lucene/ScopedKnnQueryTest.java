package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopedKnnQueryTest {

    @TempDir
    Path dir;

    @Test
    void theRuleScansWorkspacesBelowTheSquareRootOfWalkTimesSegmentSize() {
        // sqrt(1500 * 1,000,000) = 38,730: a 0.5 % workspace is scanned, a 19 % one walks the graph.
        assertThat(ScopedKnnQuery.scanExactly(5_000, 1_000_000)).isTrue();
        assertThat(ScopedKnnQuery.scanExactly(38_000, 1_000_000)).isTrue();
        assertThat(ScopedKnnQuery.scanExactly(39_000, 1_000_000)).isFalse();
        assertThat(ScopedKnnQuery.scanExactly(190_000, 1_000_000)).isFalse();
    }

    @Test
    void aSmallWorkspaceGetsItsExactNearestNeighbours() throws Exception {
        Random random = new Random(5);
        List<SearchChunk> chunks = new ArrayList<>();
        List<float[]> small = new ArrayList<>();
        for (int i = 0; i < 3_060; i++) {
            float[] v = new float[8];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
            String workspace = i % 11 == 0 ? "small" : "big";
            if (workspace.equals("small")) {
                small.add(v);
            }
            chunks.add(new SearchChunk("acme", workspace, "d", workspace + "-" + i, "Note", v, ChunkMetadata.EMPTY));
        }
        float[] query = {1, 0, 0, 0, 0, 0, 0, 1};
        try (LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            backend.index(chunks);
            assertThat(backend.compact()).isEqualTo(1);
            List<SearchHit> hits = backend.search(SearchQuery.builder("acme", "small")
                    .vector(query)
                    .mode(SearchMode.SEMANTIC)
                    .k(5)
                    .highlight(false)
                    .build());
            List<Double> exact = small.stream()
                    .map(v -> (1 + cosine(v, query)) / 2)
                    .sorted(Comparator.reverseOrder())
                    .limit(5)
                    .toList();
            assertThat(small).hasSize(279);
            try (KnnPaths paths = new KnnPaths(dir.resolve("index"))) {
                // 279 of 3,060 vectors (more than the 100 candidates, fewer than sqrt(1500 * 3060) = 2,142): scanned
                // without a graph walk; the big workspace (2,781) walks the graph.
                assertThat(paths.probe("acme", "small", List.of(query), 100))
                        .extracting(KnnPaths.Paths::exactByRule, KnnPaths.Paths::hnsw, KnnPaths.Paths::exactAfterWalk)
                        .containsExactly(1, 0, 0);
                assertThat(paths.probe("acme", "big", List.of(query), 100))
                        .extracting(KnnPaths.Paths::exactByRule, KnnPaths.Paths::hnsw)
                        .containsExactly(0, 1);
            }
            IntStream.range(0, 5).forEach(i -> assertThat(hits.get(i).score())
                    .isCloseTo(exact.get(i), org.assertj.core.api.Assertions.within(1e-5)));
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return dot / Math.sqrt(na * nb);
    }
}
