package com.gridvault.server.search;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.server.documents.Document;
import com.gridvault.server.documents.DocumentRepository;
import com.gridvault.server.documents.StoredChunk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Copies stored chunks (text, citation data, vectors) into the search backend. The database is the
 * source of truth; an index can always be rebuilt from it without re-reading or re-embedding.
 */
@ApplicationScoped
public class ChunkIndexer {

    /** Chunks sent to the backend per call. */
    static final int BATCH = 500;

    @Inject
    DocumentRepository documents;

    @Inject
    SearchExtensions search;

    /** Replaces a document's entries in the index with its stored chunks. */
    public void replaceDocument(String orgId, String workspaceId, String documentId) {
        SearchBackend backend = backend();
        Document document = documents.find(orgId, documentId).orElse(null);
        backend.deleteDocument(orgId, workspaceId, documentId);
        if (document == null) {
            return;
        }
        List<StoredChunk> chunks = documents.chunks(orgId, documentId);
        for (int from = 0; from < chunks.size(); from += BATCH) {
            backend.index(chunks.subList(from, Math.min(chunks.size(), from + BATCH)).stream()
                    .map(c -> toSearchChunk(orgId, document, c))
                    .toList());
        }
    }

    /** Removes a document from the index. */
    public void removeDocument(String orgId, String workspaceId, String documentId) {
        backend().deleteDocument(orgId, workspaceId, documentId);
    }

    /**
     * Rebuilds a workspace's index from the stored chunks.
     *
     * @param progress told the number of chunks indexed so far
     * @return the number of chunks indexed
     */
    public long rebuildWorkspace(String orgId, String workspaceId, IntConsumer progress) {
        SearchBackend backend = backend();
        backend.deleteWorkspace(orgId, workspaceId);
        Map<String, Document> byId = new HashMap<>();
        String after = null;
        int done = 0;
        while (true) {
            List<StoredChunk> page = documents.workspaceChunks(orgId, workspaceId, after, BATCH);
            if (page.isEmpty()) {
                return done;
            }
            List<SearchChunk> batch = new ArrayList<>(page.size());
            for (StoredChunk c : page) {
                Document d = byId.computeIfAbsent(
                        c.documentId(), id -> documents.find(orgId, id).orElse(null));
                if (d != null) {
                    batch.add(toSearchChunk(orgId, d, c));
                }
            }
            backend.index(batch);
            done += page.size();
            progress.accept(done);
            after = page.get(page.size() - 1).id();
        }
    }

    private SearchBackend backend() {
        return search.backend()
                .orElseThrow(() -> new IllegalStateException("The search backend '" + search.backendId()
                        + "' is not available: check that its plugin is installed and enabled"));
    }

    static SearchChunk toSearchChunk(String orgId, Document d, StoredChunk c) {
        ChunkMetadata metadata = ChunkMetadata.builder()
                .documentTitle(d.title() != null ? d.title() : d.fileName())
                .documentType(d.mediaType())
                .formType(d.formType())
                .company(d.company())
                .page(c.firstPage() > 0 ? c.firstPage() : null)
                .sectionId(blankToNull(c.sectionId()))
                .sectionTitle(blankToNull(c.sectionTitle()))
                .tableId(blankToNull(c.tableId()))
                .offsets(c.charStart(), c.charEnd())
                .build();
        return new SearchChunk(orgId, d.workspaceId(), d.id(), c.id(), c.text(), c.vector(), metadata);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
