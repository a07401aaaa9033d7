package com.gridvault.search.elasticsearch;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
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

    /** Exact-value fields that queries filter on. */
    static final List<String> KEYWORDS =
            List.of(TENANT, WORKSPACE, DOCUMENT, CHUNK, DOCUMENT_TYPE, FORM, COMPANY_KEY, SECTION);

    /** Citation values returned with hits but never searched. */
    private static final List<String> STORED_TEXT = List.of(TITLE, COMPANY, SECTION_TITLE, TABLE);

    private static final List<String> STORED_NUMBERS = List.of(PAGE, START, END);

    private ChunkDocuments() {}

    /**
     * The mapping of a new index, strict so a stray field is refused rather than guessed. The vector
     * field is added later, with the first vector, which fixes its dimension.
     */
    static TypeMapping mapping() {
        TypeMapping.Builder mapping = new TypeMapping.Builder().dynamic(DynamicMapping.Strict);
        for (String keyword : KEYWORDS) {
            mapping.properties(keyword, p -> p.keyword(k -> k));
        }
        mapping.properties(TEXT, p -> p.text(t -> t.analyzer("english").similarity("BM25")));
        for (String stored : STORED_TEXT) {
            mapping.properties(stored, p -> p.keyword(k -> k.index(false).docValues(false)));
        }
        mapping.properties(DATE, p -> p.date(d -> d.format("strict_date")));
        for (String number : STORED_NUMBERS) {
            mapping.properties(number, p -> p.integer(i -> i.index(false)));
        }
        return mapping.build();
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

    /**
     * The document id of a chunk: a hash of its length-prefixed key, so ids that look alike across
     * workspaces never collide and long ids stay within Elasticsearch's 512-byte limit.
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

    /** Companies match ignoring case and surrounding blanks. */
    static String companyKey(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
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
        ChunkMetadata m = chunk.metadata();
        putText(doc, TITLE, m.documentTitle());
        putText(doc, DOCUMENT_TYPE, m.documentType());
        putText(doc, FORM, m.formType());
        if (m.company() != null) {
            doc.put(COMPANY, m.company());
            doc.put(COMPANY_KEY, companyKey(m.company()));
        }
        putText(doc, DATE, m.documentDate() == null ? null : m.documentDate().toString());
        putText(doc, SECTION, m.sectionId());
        putText(doc, SECTION_TITLE, m.sectionTitle());
        putText(doc, TABLE, m.tableId());
        putNumber(doc, PAGE, m.page());
        putNumber(doc, START, m.startOffset());
        putNumber(doc, END, m.endOffset());
        return doc;
    }

    /** The citation metadata stored in a document source. */
    static ChunkMetadata metadata(JsonNode source) {
        String date = text(source, DATE);
        return ChunkMetadata.builder()
                .documentTitle(text(source, TITLE))
                .documentType(text(source, DOCUMENT_TYPE))
                .formType(text(source, FORM))
                .company(text(source, COMPANY))
                .documentDate(date == null ? null : LocalDate.parse(date))
                .page(number(source, PAGE))
                .sectionId(text(source, SECTION))
                .sectionTitle(text(source, SECTION_TITLE))
                .tableId(text(source, TABLE))
                .offsets(number(source, START), number(source, END))
                .build();
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

    private static void putText(ObjectNode doc, String field, String value) {
        if (value != null) {
            doc.put(field, value);
        }
    }

    private static void putNumber(ObjectNode doc, String field, Integer value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
