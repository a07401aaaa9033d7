package com.gridvault.search.support;

import java.util.List;

/**
 * The field names of a chunk document in a search cluster's index (OpenSearch, Elasticsearch). Both
 * backends write the same document, so an index can be read by either.
 */
public final class ChunkFieldNames {

    public static final String TENANT = "tenant";
    public static final String WORKSPACE = "workspace";
    public static final String DOCUMENT = "document";
    public static final String CHUNK = "chunk";
    public static final String TEXT = "text";
    public static final String VECTOR = "vector";
    public static final String TITLE = "title";
    public static final String DOCUMENT_TYPE = "document_type";
    public static final String FORM = "form";
    public static final String COMPANY = "company";
    public static final String COMPANY_KEY = "company_key";
    public static final String DATE = "date";
    public static final String PAGE = "page";
    public static final String SECTION = "section";
    public static final String SECTION_TITLE = "section_title";
    /** The sub-field (multi-field) of {@link #SECTION_TITLE} analysed as English words. */
    public static final String WORDS = "words";
    /** The section title as words that BM25 searches beside {@link #TEXT} ({@link TextBoosts}). */
    public static final String SECTION_TITLE_WORDS = SECTION_TITLE + "." + WORDS;

    public static final String TABLE = "table";
    public static final String START = "start_offset";
    public static final String END = "end_offset";

    /** Exact-value fields that queries filter on. */
    public static final List<String> KEYWORDS =
            List.of(TENANT, WORKSPACE, DOCUMENT, CHUNK, DOCUMENT_TYPE, FORM, COMPANY_KEY, SECTION);

    /**
     * Citation values returned with hits but never filtered on; of these only the section title is
     * searched, through its {@link #SECTION_TITLE_WORDS} sub-field.
     */
    public static final List<String> STORED_TEXT = List.of(TITLE, COMPANY, SECTION_TITLE, TABLE);

    /** Citation numbers returned with hits but never searched. */
    public static final List<String> STORED_NUMBERS = List.of(PAGE, START, END);

    private ChunkFieldNames() {}
}
