package com.gridvault.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/** The index's fields and mapping, and the conversion of chunks to and from documents. */
final class ChunkDocuments {

    static final String TENANT = "tenant";
    static final String WORKSPACE = "workspace";
    static final String DOCUMENT = "document";
    static final String CHUNK = "chunk";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String TITLE = "title";
    static final String DOCUMENT_TYPE = "document_type";
    static final String FORM = "form";
    static final String COMPANY = "company";
    static final String COMPANY_KEY = "company_key";
    static final String DATE = "date";
    static final String PAGE = "page";
    static final String SECTION = "section";
    static final String SECTION_TITLE = "section_title";
    static final String TABLE = "table";
    static final String START = "start_offset";
    static final String END = "end_offset";

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
        for (String keyword :
                new String[] {TENANT, WORKSPACE, DOCUMENT, CHUNK, DOCUMENT_TYPE, FORM, COMPANY_KEY, SECTION}) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject(TEXT).put("type", "text").put("analyzer", "english");
        for (String stored : new String[] {TITLE, COMPANY, SECTION_TITLE, TABLE}) {
            properties
                    .putObject(stored)
                    .put("type", "keyword")
                    .put("index", false)
                    .put("doc_values", false);
        }
        properties.putObject(DATE).put("type", "date").put("format", "strict_date");
        for (String number : new String[] {PAGE, START, END}) {
            properties.putObject(number).put("type", "integer").put("index", false);
        }
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

    /**
     * The document id of a chunk: a hash of its length-prefixed key, so ids that look alike across
     * workspaces never collide and long ids stay within OpenSearch's 512-byte limit.
     */
    static String id(String tenantId, String workspaceId, String chunkId) {
        String key =
                tenantId.length() + ":" + tenantId + "|" + workspaceId.length() + ":" + workspaceId + "|" + chunkId;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static String companyKey(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
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
        ChunkMetadata m = chunk.metadata();
        putIfSet(doc, TITLE, m.documentTitle());
        putIfSet(doc, DOCUMENT_TYPE, m.documentType());
        putIfSet(doc, FORM, m.formType());
        if (m.company() != null) {
            doc.put(COMPANY, m.company()).put(COMPANY_KEY, companyKey(m.company()));
        }
        if (m.documentDate() != null) {
            doc.put(DATE, m.documentDate().toString());
        }
        putIfSet(doc, SECTION, m.sectionId());
        putIfSet(doc, SECTION_TITLE, m.sectionTitle());
        putIfSet(doc, TABLE, m.tableId());
        if (m.page() != null) {
            doc.put(PAGE, m.page());
        }
        if (m.startOffset() != null) {
            doc.put(START, m.startOffset());
        }
        if (m.endOffset() != null) {
            doc.put(END, m.endOffset());
        }
        return doc;
    }

    static ChunkMetadata metadata(JsonNode source) {
        String date = text(source, DATE);
        return ChunkMetadata.builder()
                .documentTitle(text(source, TITLE))
                .documentType(text(source, DOCUMENT_TYPE))
                .formType(text(source, FORM))
                .company(text(source, COMPANY))
                .documentDate(date == null ? null : LocalDate.parse(date))
                .page(integer(source, PAGE))
                .sectionId(text(source, SECTION))
                .sectionTitle(text(source, SECTION_TITLE))
                .tableId(text(source, TABLE))
                .offsets(integer(source, START), integer(source, END))
                .build();
    }

    static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static void putIfSet(ObjectNode doc, String field, String value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
