package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DenseVectorIndexOptionsType;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.SearchFixtures;
import org.junit.jupiter.api.Test;

class ChunkDocumentsTest {

    @Test
    void metadataSurvivesTheRoundTripThroughTheSource() {
        ChunkMetadata metadata = SearchFixtures.FULL_METADATA;
        SearchChunk chunk = new SearchChunk("t", "w", "d", "c", "text", new float[] {1, 0}, metadata);

        var source = ChunkDocuments.source(chunk);

        assertThat(ChunkDocuments.metadata(source)).isEqualTo(metadata);
        assertThat(source.get(ChunkFieldNames.COMPANY_KEY).asText()).isEqualTo("acme bank");
        assertThat(source.get(ChunkFieldNames.VECTOR)).hasSize(2);
        assertThat(ChunkDocuments.metadata(
                        ChunkDocuments.source(new SearchChunk("t", "w", "d", "c", "text", null, null))))
                .isEqualTo(ChunkMetadata.EMPTY);
    }

    @Test
    void theMappingIsStrictWithKeywordFiltersAndEnglishBm25Text() {
        TypeMapping mapping = ChunkDocuments.mapping();

        assertThat(mapping.dynamic()).isEqualTo(DynamicMapping.Strict);
        for (String keyword : new String[] {"tenant", "workspace", "document", "document_type", "form", "section"}) {
            assertThat(mapping.properties().get(keyword).isKeyword())
                    .as(keyword)
                    .isTrue();
        }
        Property text = mapping.properties().get("text");
        assertThat(text.text().analyzer()).isEqualTo("english");
        assertThat(text.text().similarity()).isEqualTo("BM25");
        assertThat(mapping.properties().get("date").date().format()).isEqualTo("strict_date");
        assertThat(mapping.properties()).doesNotContainKey("vector");
    }

    @Test
    void theVectorIsAnIndexedCosineHnswDenseVector() {
        Property vector = ChunkDocuments.vectorProperty(384);

        assertThat(vector.denseVector().dims()).isEqualTo(384);
        assertThat(vector.denseVector().index()).isTrue();
        assertThat(vector.denseVector().similarity()).isEqualTo(DenseVectorSimilarity.Cosine);
        assertThat(vector.denseVector().indexOptions().type()).isEqualTo(DenseVectorIndexOptionsType.Hnsw);
    }
}
