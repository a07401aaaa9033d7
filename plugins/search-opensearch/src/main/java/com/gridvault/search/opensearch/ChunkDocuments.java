package com.gridvault.search.opensearch;

import static com.gridvault.search.support.ChunkFieldNames.CHUNK;
import static com.gridvault.search.support.ChunkFieldNames.DATE;
import static com.gridvault.search.support.ChunkFieldNames.DOCUMENT;
import static com.gridvault.search.support.ChunkFieldNames.SECTION_TITLE;
import static com.gridvault.search.support.ChunkFieldNames.TENANT;
import static com.gridvault.search.support.ChunkFieldNames.TEXT;
import static com.gridvault.search.support.ChunkFieldNames.VECTOR;
import static com.gridvault.search.support.ChunkFieldNames.WORKSPACE;

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

    /** Index settings and mapping without the vector field, which is added with the first vector. */
    static ObjectNode createIndexBody(OpenSearchSettings settings) {
        ObjectNode body = ClusterClient.object();
        body.putObject("settings")
                .put("index.knn", true)
                .put("number_of_shards", settings.shards())
                .put("number_of_replicas", settings.replicas());
        ObjectNode properties =
                body.putObject("mappings").put("dynamic", "strict").putObject("properties");
        for (String keyword : ChunkFieldNames.KEYWORDS) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject(TEXT).put("type", "text").put("analyzer", "english");
        for (String stored : ChunkFieldNames.STORED_TEXT) {
            properties
                    .putObject(stored)
                    .put("type", "keyword")
                    .put("index", false)
                    .put("doc_values", false);
        }
        properties.set(SECTION_TITLE, sectionTitleProperty());
        properties.putObject(DATE).put("type", "date").put("format", "strict_date");
        for (String number : ChunkFieldNames.STORED_NUMBERS) {
            properties.putObject(number).put("type", "integer").put("index", false);
        }
        return body;
    }

    /**
     * The section title: stored for citations, and searched as English words through its {@link
     * ChunkFieldNames#WORDS} sub-field, which an index created before it gains by a mapping update.
     */
    static ObjectNode sectionTitleProperty() {
        ObjectNode title = ClusterClient.object()
                .put("type", "keyword")
                .put("index", false)
                .put("doc_values", false);
        title.putObject("fields")
                .putObject(ChunkFieldNames.WORDS)
                .put("type", "text")
                .put("analyzer", "english");
        return title;
    }

    /** Whether a mapping read from the cluster searches section titles, see {@link #sectionTitleProperty()}. */
    static boolean searchesSectionTitles(JsonNode properties) {
        return properties.path(SECTION_TITLE).path("fields").has(ChunkFieldNames.WORDS);
    }

    /** A mapping update that adds the section title's words sub-field to an older index. */
    static ObjectNode sectionTitleMapping() {
        ObjectNode body = ClusterClient.object();
        body.putObject("properties").set(SECTION_TITLE, sectionTitleProperty());
        return body;
    }

    /** The mapping of the vector field: Lucene HNSW with cosine similarity, scored {@code (1 + cos) / 2}. */
    static ObjectNode vectorMapping(int dimension) {
        ObjectNode body = ClusterClient.object();
        ObjectNode vector = body.putObject("properties").putObject(VECTOR);
        vector.put("type", "knn_vector").put("dimension", dimension);
        vector.putObject("method").put("name", "hnsw").put("engine", "lucene").put("space_type", "cosinesimil");
        return body;
    }

    static ObjectNode source(SearchChunk chunk) {
        ObjectNode doc = ClusterClient.object();
        doc.put(TENANT, chunk.tenantId())
                .put(WORKSPACE, chunk.workspaceId())
                .put(DOCUMENT, chunk.documentId())
                .put(CHUNK, chunk.chunkId())
                .put(TEXT, chunk.text());
        float[] vector = chunk.vector();
        if (vector != null) {
            ArrayNode array = doc.putArray(VECTOR);
            for (float v : vector) {
                array.add(v);
            }
        }
        ChunkMetadataFields.write(chunk.metadata(), doc::put, doc::put);
        return doc;
    }

    static ChunkMetadata metadata(JsonNode source) {
        return ChunkMetadataFields.read(field -> text(source, field), field -> number(source, field));
    }

    static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer number(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
