package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorSimilarityTest {

    @TempDir
    Path dir;

    private static SearchChunk chunk(String id, float[] vector) {
        return new SearchChunk("acme", "credit", "d-" + id, id, "Note " + id, vector, ChunkMetadata.EMPTY);
    }

    private static List<SearchHit> nearest(LuceneSearchBackend backend, float[] vector) {
        return backend.search(SearchQuery.builder("acme", "credit")
                .vector(vector)
                .mode(SearchMode.SEMANTIC)
                .k(3)
                .build());
    }

    private VectorSimilarityFunction storedSimilarity() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return FieldInfos.getMergedFieldInfos(reader)
                    .fieldInfo(ChunkFields.VECTOR)
                    .getVectorSimilarityFunction();
        }
    }

    @Test
    void vectorsOfAnyLengthScoreTheirCosineThroughTheDotProductOfUnitVectors() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            backend.index(List.of(chunk("long", new float[] {30, 40}), chunk("orthogonal", new float[] {-4, 3})));
            List<SearchHit> hits = nearest(backend, new float[] {0.3f, 0.4f});
            // (1 + cos) / 2: same direction 1.0, orthogonal 0.5, whatever the lengths.
            assertThat(hits).extracting(SearchHit::chunkId).containsExactly("long", "orthogonal");
            assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
            assertThat(hits.get(1).score()).isCloseTo(0.5, within(1e-6));
        }
        assertThat(storedSimilarity()).isEqualTo(VectorSimilarityFunction.DOT_PRODUCT);
    }

    @Test
    void anIndexCreatedWithCosineKeepsItUntilCleared() throws Exception {
        // An index as the backend wrote it before it switched to unit vectors and dot product.
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            SearchChunk old = chunk("old", new float[] {3, 4});
            writer.updateDocument(
                    ChunkFields.keyTerm(old), ChunkFields.toDocument(old, VectorSimilarityFunction.COSINE));
        }
        try (LuceneSearchBackend backend = new LuceneSearchBackend(LuceneSettings.DEFAULTS, dir)) {
            backend.index(List.of(chunk("new", new float[] {-4, 3})));
            List<SearchHit> hits = nearest(backend, new float[] {6, 8});
            assertThat(hits).extracting(SearchHit::chunkId).containsExactly("old", "new");
            assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
            assertThat(storedSimilarity()).isEqualTo(VectorSimilarityFunction.COSINE);

            backend.clear();
            backend.index(List.of(chunk("fresh", new float[] {1, 1, 1})));
            assertThat(nearest(backend, new float[] {2, 2, 2}).get(0).score()).isCloseTo(1.0, within(1e-6));
        }
        assertThat(storedSimilarity()).isEqualTo(VectorSimilarityFunction.DOT_PRODUCT);
    }
}
