package com.gridvault.search.lucene;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec with the vector format of the settings. Only the writer needs it: each
 * segment records its per-field format by name, so segments written with other settings stay
 * readable, and merges rewrite them with the current ones.
 */
final class VectorCodec {

    private VectorCodec() {}

    static Codec of(LuceneSettings settings) {
        KnnVectorsFormat format =
                switch (settings.vectorEncoding()) {
                    case FLOAT32 -> new Lucene99HnswVectorsFormat(settings.hnswM(), settings.hnswBeamWidth());
                    case INT8 ->
                        new Lucene99HnswScalarQuantizedVectorsFormat(settings.hnswM(), settings.hnswBeamWidth());
                };
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }
}
