package com.gridvault.server.documents;

import com.gridvault.blobstore.BlobStore;
import com.gridvault.blobstore.NoSuchBlobException;
import com.gridvault.blobstore.StoredBlob;
import com.gridvault.documents.ingest.chunking.Chunk;
import com.gridvault.documents.ingest.chunking.Chunker;
import com.gridvault.documents.ingest.extract.DocumentExtractor;
import com.gridvault.documents.ingest.extract.ExtractionResult;
import com.gridvault.documents.ingest.extract.FailureKind;
import com.gridvault.documents.ingest.text.PageSpan;
import com.gridvault.documents.ingest.text.Section;
import com.gridvault.documents.ingest.text.StructuredText;
import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import com.gridvault.server.jobs.JobContext;
import com.gridvault.server.jobs.JobHandler;
import com.gridvault.server.jobs.PermanentJobFailure;
import com.gridvault.server.search.ChunkIndexer;
import com.gridvault.server.search.SearchExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ingests one document in four resumable stages: {@code extract} (Tika or the EDGAR parser, then
 * chunking; text, sections, pages and chunks stored together), {@code embed} (vectors for the
 * chunks that have none, in batches), {@code index} (the document's chunks replace its entries in
 * the search backend) and READY. Each stage replaces rather than appends, so a revived or retried
 * job never duplicates anything.
 */
@ApplicationScoped
public class DocumentIngestJob implements JobHandler {

    /** The job kind. */
    public static final String KIND = "document.ingest";

    private static final Logger LOG = System.getLogger(DocumentIngestJob.class.getName());

    @Inject
    DocumentRepository documents;

    @Inject
    BlobStore blobs;

    @Inject
    DocumentExtractor extractor;

    @Inject
    DocumentSettings settings;

    @Inject
    SearchExtensions search;

    @Inject
    ChunkIndexer indexer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) throws Exception {
        String orgId = context.job().orgId();
        String documentId = context.job().targetId();
        Document document = documents
                .find(orgId, documentId)
                .orElseThrow(() -> new PermanentJobFailure("The document was deleted before it was processed"));
        documents.status(orgId, documentId, DocumentStatus.PROCESSING, null);
        if (!context.completed("extract")) {
            context.progress("extract", 5);
            extract(orgId, document);
            context.complete("extract");
        }
        if (!context.completed("embed")) {
            context.progress("embed", 40);
            embed(context, orgId, documentId);
            context.complete("embed");
        }
        if (!context.completed("index")) {
            context.progress("index", 90);
            indexer.replaceDocument(orgId, document.workspaceId(), documentId);
            context.complete("index");
        }
        documents.status(orgId, documentId, DocumentStatus.READY, null);
    }

    private void extract(String orgId, Document document) throws IOException {
        ExtractionResult result;
        try (InputStream content = blobs.open(orgId, document.sha256())) {
            result = extractor.extract(content, document.fileName());
        } catch (NoSuchBlobException e) {
            throw failed(orgId, document.id(), "The stored file is missing; upload it again");
        }
        if (!result.isOk()) {
            if (result.failure().orElse(FailureKind.IO) == FailureKind.BUSY) {
                throw new IllegalStateException(result.reason()); // transient: retried with backoff
            }
            throw failed(orgId, document.id(), result.reason());
        }
        StructuredText text = result.content();
        StoredBlob stored = blobs.put(
                orgId, new ByteArrayInputStream(text.text().getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);
        List<TextSpan> spans = spans(text);
        List<Chunk> chunks = Chunker.DEFAULT.chunk(text, settings.chunking());
        List<StoredChunk> rows = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            rows.add(new StoredChunk(
                    document.id() + ":" + c.index(),
                    document.workspaceId(),
                    document.id(),
                    c.index(),
                    c.header(),
                    c.body(),
                    c.start(),
                    c.end(),
                    c.firstPage(),
                    c.lastPage(),
                    c.sectionId(),
                    c.sectionTitle(),
                    c.tableId(),
                    null,
                    null));
        }
        Map<String, String> metadata = result.metadata();
        String form = metadata.get("sec:form");
        String company = metadata.get("sec:company");
        String title = form != null && company != null ? company + " " + form : metadata.get("dc:title");
        documents.storeExtraction(
                orgId,
                document.id(),
                new Extracted(
                        result.mediaType(),
                        clip(title, 1000),
                        clip(form, 20),
                        clip(company, 500),
                        text.pages().size(),
                        text.sections().size(),
                        rows.size(),
                        stored.sha256(),
                        text.text().length()),
                spans,
                rows);
    }

    private void embed(JobContext context, String orgId, String documentId) {
        Optional<EmbeddingProvider> provider = search.embeddings();
        if (provider.isEmpty()) {
            LOG.log(Level.INFO, "No embedding model is installed: document {0} is searchable by text only", documentId);
            return;
        }
        EmbeddingProvider model = provider.get();
        List<StoredChunk> pending = documents.chunks(orgId, documentId).stream()
                .filter(c -> c.vector() == null)
                .toList();
        int batch = Math.min(settings.embedBatchSize(), EmbeddingProvider.MAX_TEXTS_PER_CALL);
        for (int from = 0; from < pending.size(); from += batch) {
            List<StoredChunk> slice = pending.subList(from, Math.min(pending.size(), from + batch));
            List<float[]> vectors = model.embed(
                    slice.stream()
                            .map(c -> clip(c.text(), EmbeddingProvider.MAX_TEXT_LENGTH))
                            .toList(),
                    EmbeddingPurpose.DOCUMENT);
            Map<String, float[]> byChunk = new LinkedHashMap<>();
            for (int i = 0; i < slice.size(); i++) {
                byChunk.put(slice.get(i).id(), vectors.get(i));
            }
            documents.storeEmbeddings(orgId, byChunk, model.model().id());
            context.progress("embed", 40 + (int) (50L * (from + slice.size()) / pending.size()));
        }
    }

    private PermanentJobFailure failed(String orgId, String documentId, String reason) {
        documents.status(orgId, documentId, DocumentStatus.FAILED, reason);
        return new PermanentJobFailure(reason);
    }

    static List<TextSpan> spans(StructuredText text) {
        List<Section> sections = text.sections();
        List<PageSpan> pages = text.pages();
        int[] offsets = new int[2 * (sections.size() + pages.size())];
        int k = 0;
        for (Section s : sections) {
            offsets[k++] = s.start();
            offsets[k++] = s.end();
        }
        for (PageSpan p : pages) {
            offsets[k++] = p.start();
            offsets[k++] = p.end();
        }
        long[] bytes = Utf8Offsets.of(text.text(), offsets);
        List<TextSpan> spans = new ArrayList<>(sections.size() + pages.size());
        k = 0;
        for (int i = 0; i < sections.size(); i++, k += 2) {
            Section s = sections.get(i);
            int page = text.pageAt(s.start()).map(PageSpan::number).orElse(0);
            spans.add(new TextSpan(
                    TextSpan.Kind.SECTION,
                    i,
                    clip(s.id(), 100),
                    clip(s.title(), 1000),
                    s.start(),
                    s.end(),
                    bytes[k],
                    bytes[k + 1],
                    page));
        }
        for (int i = 0; i < pages.size(); i++, k += 2) {
            PageSpan p = pages.get(i);
            spans.add(new TextSpan(
                    TextSpan.Kind.PAGE,
                    i,
                    Integer.toString(p.number()),
                    clip(p.label(), 1000),
                    p.start(),
                    p.end(),
                    bytes[k],
                    bytes[k + 1],
                    p.number()));
        }
        return spans;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
