package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.search.support.ChunkKeys;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.VectorUtil;

/** How a chunk is laid out in a Lucene document, and back. */
final class ChunkFields {

    /** Tenant and workspace in one unambiguous term; every query and delete filters on it. */
    static final String SCOPE = "scope";
    /** Scope plus chunk id: the upsert key. */
    static final String KEY = "key";

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
    static final String DATE_STORED = "date_stored";
    static final String PAGE = "page";
    static final String SECTION = "section";
    static final String SECTION_TITLE = "section_title";
    /**
     * The section title analysed like the text, so BM25 can match it ({@link QueryFactory#matching}).
     * A field apart from the stored {@link #SECTION_TITLE}: Lucene refuses to index a field name that
     * existing segments hold as stored-only, and chunks indexed before it simply lack it.
     */
    static final String SECTION_TITLE_WORDS = "section_title_words";

    static final String TABLE = "table";
    static final String START = "start";
    static final String END = "end";

    /**
     * New indexes store vectors scaled to unit length and compare them by dot product: the same
     * ranking and score ({@code (1 + cos) / 2}) as cosine, at a third of the arithmetic per
     * comparison, since cosine recomputes both norms every time (Lucene's own advice). Indexes
     * created with {@link VectorSimilarityFunction#COSINE} keep it until they are cleared.
     */
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private ChunkFields() {}

    static Term scopeTerm(String tenantId, String workspaceId) {
        return new Term(SCOPE, ChunkKeys.scope(tenantId, workspaceId));
    }

    static Term keyTerm(SearchChunk chunk) {
        return new Term(KEY, ChunkKeys.key(chunk.tenantId(), chunk.workspaceId(), chunk.chunkId()));
    }

    /** The vector as the index compares it: unit length for dot product, as given for cosine. */
    static float[] comparable(float[] vector, VectorSimilarityFunction similarity) {
        return similarity == VectorSimilarityFunction.DOT_PRODUCT ? VectorUtil.l2normalize(vector.clone()) : vector;
    }

    static Document toDocument(SearchChunk chunk, VectorSimilarityFunction similarity) {
        Document doc = new Document();
        doc.add(new StringField(SCOPE, ChunkKeys.scope(chunk.tenantId(), chunk.workspaceId()), Store.NO));
        doc.add(new StringField(KEY, keyTerm(chunk).text(), Store.NO));
        doc.add(new StringField(DOCUMENT, chunk.documentId(), Store.YES));
        doc.add(new StringField(CHUNK, chunk.chunkId(), Store.YES));
        doc.add(new TextField(TEXT, chunk.text(), Store.YES));
        float[] vector = chunk.vector();
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, comparable(vector, similarity), similarity));
        }
        ChunkMetadata m = chunk.metadata();
        storedText(doc, TITLE, m.documentTitle());
        keyword(doc, DOCUMENT_TYPE, m.documentType());
        keyword(doc, FORM, m.formType());
        if (m.company() != null) {
            doc.add(new StoredField(COMPANY, m.company()));
            doc.add(new StringField(COMPANY_KEY, ChunkKeys.companyKey(m.company()), Store.NO));
        }
        if (m.documentDate() != null) {
            long day = m.documentDate().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new StoredField(DATE_STORED, day));
        }
        storedInt(doc, PAGE, m.page());
        keyword(doc, SECTION, m.sectionId());
        storedText(doc, SECTION_TITLE, m.sectionTitle());
        if (m.sectionTitle() != null) {
            doc.add(new TextField(SECTION_TITLE_WORDS, m.sectionTitle(), Store.NO));
        }
        storedText(doc, TABLE, m.tableId());
        storedInt(doc, START, m.startOffset());
        storedInt(doc, END, m.endOffset());
        return doc;
    }

    static ChunkMetadata metadata(Document doc) {
        IndexableField date = doc.getField(DATE_STORED);
        return new ChunkMetadata(
                doc.get(TITLE),
                doc.get(DOCUMENT_TYPE),
                doc.get(FORM),
                doc.get(COMPANY),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                integer(doc, PAGE),
                doc.get(SECTION),
                doc.get(SECTION_TITLE),
                doc.get(TABLE),
                integer(doc, START),
                integer(doc, END));
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Store.YES));
        }
    }

    private static void storedText(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void storedInt(Document doc, String field, Integer value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static Integer integer(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? null : f.numericValue().intValue();
    }
}
