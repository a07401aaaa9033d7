package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.LuceneSettings.VectorEncoding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

    @TempDir
    Path dir;

    private static LuceneSettings settings(int compactIdleSeconds, int searchThreads, VectorEncoding encoding) {
        return new LuceneSettings("index", 16, 60, 100, 16, 100, encoding, searchThreads, compactIdleSeconds);
    }

    private static List<SearchChunk> batch(int from, int size) {
        List<SearchChunk> chunks = new ArrayList<>();
        Random random = new Random(from);
        for (int i = from; i < from + size; i++) {
            float[] v = {random.nextFloat(), random.nextFloat(), random.nextFloat(), 1};
            chunks.add(new SearchChunk(
                    "acme", "credit", "d-" + i, "c-" + i, "Liquidity note number " + i, v, ChunkMetadata.EMPTY));
        }
        return chunks;
    }

    private List<String> segments() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> names = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                SegmentReader segment = (SegmentReader) leaf.reader();
                names.add(segment.getSegmentName() + ":" + segment.numDocs());
            }
            return names;
        }
    }

    @Test
    void compactionMergesABulkLoadIntoOneSegmentAndLaterWritesIntoASecond() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings(0, 2, VectorEncoding.FLOAT32), dir)) {
            for (int b = 0; b < 8; b++) {
                backend.index(batch(b * 50, 50)); // every call commits: one segment each
            }
            assertThat(segments()).hasSizeGreaterThan(1);

            assertThat(backend.compact()).isEqualTo(1);
            List<String> bulk = segments();
            assertThat(bulk).hasSize(1).allMatch(s -> s.endsWith(":400"));

            backend.index(batch(1000, 20));
            backend.index(batch(2000, 20));
            assertThat(backend.compact()).isEqualTo(2);
            List<String> after = segments();
            // The large segment is left alone (its HNSW graph is not rebuilt); the small ones become one.
            assertThat(after).hasSize(2).contains(bulk.get(0)).anyMatch(s -> s.endsWith(":40"));

            assertThat(backend.count("acme", "credit")).isEqualTo(440);
            List<SearchHit> hits = backend.search(SearchQuery.builder("acme", "credit")
                    .vector(new float[] {0.5f, 0.5f, 0.5f, 1})
                    .mode(SearchMode.SEMANTIC)
                    .k(5)
                    .build());
            assertThat(hits).hasSize(5);
        }
    }

    @Test
    void compactionMergesEverythingOnceTheNewSegmentsOutweighTheLargest() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings(0, 1, VectorEncoding.FLOAT32), dir)) {
            backend.index(batch(0, 100));
            backend.index(batch(100, 60));
            backend.index(batch(200, 60));
            assertThat(backend.compact()).isEqualTo(1);
            assertThat(segments()).hasSize(1).allMatch(s -> s.endsWith(":220"));
        }
    }

    @Test
    void idleWritesAreCompactedInTheBackground() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings(1, 2, VectorEncoding.FLOAT32), dir)) {
            for (int b = 0; b < 5; b++) {
                backend.index(batch(b * 30, 30));
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (segments().size() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(segments()).hasSize(1);
            assertThat(backend.count("acme", "credit")).isEqualTo(150);
        }
    }

    @Test
    void hybridResultsAreTheSameWithAndWithoutSearchThreadsAndWithInt8Vectors() throws Exception {
        List<List<String>> results = new ArrayList<>();
        int run = 0;
        for (LuceneSettings s : List.of(
                settings(0, 1, VectorEncoding.FLOAT32),
                settings(0, 4, VectorEncoding.FLOAT32),
                settings(0, 2, VectorEncoding.INT8))) {
            try (LuceneSearchBackend backend = new LuceneSearchBackend(s, dir.resolve("run" + run++))) {
                backend.index(batch(0, 200));
                results.add(backend
                        .search(SearchQuery.builder("acme", "credit")
                                .text("note 17")
                                .vector(batch(17, 1).get(0).vector())
                                .mode(SearchMode.HYBRID)
                                .k(3)
                                .build())
                        .stream()
                        .map(SearchHit::chunkId)
                        .toList());
            }
        }
        // c-17 is first in both rankings; the exact words and vector make it unambiguous.
        assertThat(results).allSatisfy(r -> assertThat(r).hasSize(3).first().isEqualTo("c-17"));
        assertThat(results.get(1)).isEqualTo(results.get(0));
    }
}
