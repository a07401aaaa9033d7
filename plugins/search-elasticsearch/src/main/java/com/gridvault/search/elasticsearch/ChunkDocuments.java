package com.gridvault.search.elasticsearch;

import static com.gridvault.search.support.ChunkFieldNames.CHUNK;
import static com.gridvault.search.support.ChunkFieldNames.DATE;
import static com.gridvault.search.support.ChunkFieldNames.DOCUMENT;
import static com.gridvault.search.support.ChunkFieldNames.SECTION_TITLE;
import static com.gridvault.search.support.ChunkFieldNames.TENANT;
import static com.gridvault.search.support.ChunkFieldNames.TEXT;
import static com.gridvault.search.support.ChunkFieldNames.VECTOR;
import static com.gridvault.search.support.ChunkFieldNames.WORKSPACE;

import co.elastic.clients.elasticsearch._types.mapping.DenseVectorIndexOptionsType;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.search.support.ChunkFieldNames;
import com.gridvault.search.support.ChunkMetadataFields;

/** The index's fields and mapping, and the conversion of chunks to and from documents. */
final class ChunkDocuments {

    private ChunkDocuments() {}

    /**
     * The mapping of a new index, strict so a stray field is refused rather than guessed. The vector
     * field is added later, with the first vector, which fixes its dimension.
     */
    static TypeMapping mapping() {
        TypeMapping.Builder mapping = new TypeMapping.Builder().dynamic(DynamicMapping.Strict);
        for (String keyword : ChunkFieldNames.KEYWORDS) {
            mapping.properties(keyword, p -> p.keyword(k -> k));
        }
        mapping.properties(TEXT, p -> p.text(t -> t.analyzer("english").similarity("BM25")));
        for (String stored : ChunkFieldNames.STORED_TEXT) {
            mapping.properties(stored, p -> p.keyword(k -> k.index(false).docValues(false)));
        }
        mapping.properties(SECTION_TITLE, sectionTitleProperty());
        mapping.properties(DATE, p -> p.date(d -> d.format("strict_date")));
        for (String number : ChunkFieldNames.STORED_NUMBERS) {
            mapping.properties(number, p -> p.integer(i -> i.index(false)));
        }
        return mapping.build();
    }

    /**
     * The section title: stored for citations, and searched as English words through its {@link
     * ChunkFieldNames#WORDS} sub-field. A sub-field so that an index created before it can gain it by a
     * mapping update, without a new field in the documents (see {@code ChunkIndex}).
     */
    static Property sectionTitleProperty() {
        return Property.of(p -> p.keyword(k -> k.index(false)
                .docValues(false)
                .fields(
                        ChunkFieldNames.WORDS,
                        f -> f.text(t -> t.analyzer("english").similarity("BM25")))));
    }

    /**
     * The vector field: an indexed {@code dense_vector} with cosine similarity in a float HNSW graph
     * (not the int8-quantized default of Elasticsearch 8.14+), scored {@code (1 + cos) / 2} like the
     * embedded Lucene backend.
     */
    static Property vectorProperty(int dimension) {
        return Property.of(p -> p.denseVector(d -> d.dims(dimension)
                .index(true)
                .similarity(DenseVectorSimilarity.Cosine)
                .indexOptions(o -> o.type(DenseVectorIndexOptionsType.Hnsw))));
    }

    /** The document source of a chunk; unset metadata stays out of it. */
    static ObjectNode source(SearchChunk chunk) {
        ObjectNode doc = ClusterClient.JSON.createObjectNode();
        doc.put(TENANT, chunk.tenantId());
        doc.put(WORKSPACE, chunk.workspaceId());
        doc.put(DOCUMENT, chunk.documentId());
        doc.put(CHUNK, chunk.chunkId());
        doc.put(TEXT, chunk.text());
        if (chunk.vector() != null) {
            ArrayNode vector = doc.putArray(VECTOR);
            for (float v : chunk.vector()) {
                vector.add(v);
            }
        }
        ChunkMetadataFields.write(chunk.metadata(), doc::put, doc::put);
        return doc;
    }

    /** The citation metadata stored in a document source. */
    static ChunkMetadata metadata(JsonNode source) {
        return ChunkMetadataFields.read(field -> text(source, field), field -> number(source, field));
    }

    /** A text field of a source, or null when it is absent. */
    static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer number(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
