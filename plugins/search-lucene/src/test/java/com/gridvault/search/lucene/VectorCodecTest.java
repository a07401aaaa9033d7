package com.gridvault.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.LuceneSettings.VectorEncoding;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCodecTest {

    @TempDir
    Path dir;

    private static LuceneSettings settings(VectorEncoding encoding) {
        return new LuceneSettings("index", 16, 60, 100, 24, 50, encoding, 1, 0);
    }

    private static SearchChunk chunk(String id, float[] vector) {
        return new SearchChunk("acme", "credit", "d-" + id, id, "Note " + id, vector, ChunkMetadata.EMPTY);
    }

    /** The vector format each segment recorded for the vector field, oldest segment first. */
    private List<String> formats() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().stream()
                    .map(LeafReaderContext::reader)
                    .map(r -> r.getFieldInfos()
                            .fieldInfo(ChunkFields.VECTOR)
                            .getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY))
                    .toList();
        }
    }

    @Test
    void theEncodingChoosesTheFormatOfNewSegmentsAndOlderOnesStayReadable() throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings(VectorEncoding.INT8), dir)) {
            backend.index(List.of(chunk("quantised", new float[] {1, 0, 0})));
        }
        try (LuceneSearchBackend backend = new LuceneSearchBackend(settings(VectorEncoding.FLOAT32), dir)) {
            backend.index(List.of(chunk("plain", new float[] {0, 1, 0})));
            assertThat(formats())
                    .containsExactly("Lucene99HnswScalarQuantizedVectorsFormat", "Lucene99HnswVectorsFormat");

            List<SearchHit> hits = backend.search(SearchQuery.builder("acme", "credit")
                    .vector(new float[] {1, 0.1f, 0})
                    .mode(SearchMode.SEMANTIC)
                    .k(2)
                    .build());
            assertThat(hits).extracting(SearchHit::chunkId).containsExactly("quantised", "plain");

            // A merge rewrites both segments with the current settings.
            assertThat(backend.compact()).isEqualTo(1);
            assertThat(formats()).containsExactly("Lucene99HnswVectorsFormat");
        }
    }
}
