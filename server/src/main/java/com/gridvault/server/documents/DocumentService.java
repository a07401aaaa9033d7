package com.gridvault.server.documents;

import com.gridvault.blobstore.BlobStore;
import com.gridvault.blobstore.BlobTooLargeException;
import com.gridvault.blobstore.StoredBlob;
import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.PayloadTooLargeException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.jobs.JobService;
import com.gridvault.server.search.ChunkIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts uploads and deletes documents. An upload streams into the blob store (hashing on the
 * way, never held in memory), then the document row and its ingestion job are created in one
 * transaction: either both exist or neither.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = System.getLogger(DocumentService.class.getName());

    @Inject
    DocumentRepository documents;

    @Inject
    BlobStore blobs;

    @Inject
    JobService jobs;

    @Inject
    DocumentSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    ChunkIndexer indexer;

    @Inject
    DocumentRegistration registration;

    @Inject
    com.gridvault.server.tenancy.Quotas quotas;

    /** Where an upload ended: a new document, or the one that already holds the same content. */
    public record Upload(Document document, boolean duplicate) {}

    /**
     * Stores an upload and queues its ingestion.
     *
     * @param fileName the client's file name (sanitized here)
     * @param declaredType the client's content type, or null (informative only: the type is
     *     detected from the content)
     */
    public Upload upload(
            String orgId, String workspaceId, String fileName, String declaredType, InputStream content, String userId)
            throws IOException {
        StoredBlob blob;
        try {
            blob = blobs.put(orgId, content, settings.maxUploadBytes());
        } catch (BlobTooLargeException e) {
            throw new PayloadTooLargeException(settings.maxUploadBytes(), "gridvault.documents.max-upload-bytes");
        }
        if (blob.size() == 0) {
            if (blob.created()) {
                blobs.delete(orgId, blob.sha256());
            }
            throw new ApiException(ProblemType.BAD_REQUEST, "The uploaded file is empty");
        }
        Optional<Document> existing = documents.findByContent(orgId, workspaceId, blob.sha256());
        if (existing.isPresent()) {
            return new Upload(existing.get(), true);
        }
        try {
            quotas.checkDocumentBytes(orgId, blob.size());
        } catch (RuntimeException e) {
            if (blob.created() && documents.countByContent(orgId, blob.sha256()) == 0) {
                blobs.delete(orgId, blob.sha256());
            }
            throw e;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Document document = new Document(
                UUID.randomUUID().toString(),
                orgId,
                workspaceId,
                FileNames.sanitize(fileName),
                clip(declaredType, 200),
                null,
                blob.size(),
                blob.sha256(),
                DocumentStatus.QUEUED,
                null,
                null,
                null,
                null,
                0,
                0,
                0,
                null,
                0,
                null,
                userId,
                now,
                now);
        try {
            Document created = registration.createWithJob(document);
            audit.record(AuditEvent.of(orgId, "document.uploaded", Outcome.SUCCESS)
                    .withTarget("document", created.id())
                    .withDetail("workspaceId", workspaceId)
                    .withDetail("fileName", created.fileName())
                    .withDetail("sha256", created.sha256()));
            return new Upload(created, false);
        } catch (RuntimeException e) {
            // A concurrent upload of the same content won the unique constraint: answer with it.
            Optional<Document> winner = documents.findByContent(orgId, workspaceId, blob.sha256());
            if (winner.isPresent()) {
                return new Upload(winner.get(), true);
            }
            throw e;
        }
    }

    /**
     * Deletes a document: its running ingestion is cancelled, its rows go, its index entries go, and
     * its file and text go from the blob store unless another document of the organization shares them.
     */
    public Optional<Document> delete(String orgId, String documentId) {
        Optional<Document> deleted = documents.delete(orgId, documentId);
        if (deleted.isEmpty()) {
            return deleted;
        }
        Document d = deleted.get();
        if (d.jobId() != null) {
            try {
                jobs.cancel(d.jobId());
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "Could not cancel job {0}: {1}", d.jobId(), e.getMessage());
            }
        }
        try {
            indexer.removeDocument(orgId, d.workspaceId(), d.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Index entries of deleted document {0} stay until a re-index: {1}", d.id(), e);
        }
        removeBlobIfUnused(orgId, d.sha256());
        if (d.textSha256() != null) {
            removeBlobIfUnused(orgId, d.textSha256());
        }
        audit.record(AuditEvent.of(orgId, "document.deleted", Outcome.SUCCESS)
                .withTarget("document", d.id())
                .withDetail("workspaceId", d.workspaceId())
                .withDetail("fileName", d.fileName()));
        return deleted;
    }

    private void removeBlobIfUnused(String orgId, String sha256) {
        if (documents.countByContent(orgId, sha256) == 0) {
            try {
                blobs.delete(orgId, sha256);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
