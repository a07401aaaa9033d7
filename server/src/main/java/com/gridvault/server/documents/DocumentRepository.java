package com.gridvault.server.documents;

import com.gridvault.server.tenancy.TenantDirectory;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents, their sections and pages, and their chunks on EclipseLink. Every method scopes the
 * transaction's entity manager to the organization first ({@link TenantScope}), so every statement
 * carries {@code org_id = ?}.
 */
@ApplicationScoped
@Transactional
public class DocumentRepository {

    private static final String NO_CURSOR = "";

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    /** The organization owning a document, for the tenant guard. */
    public Optional<String> orgOfDocument(String documentId) {
        return TenantDirectory.ownerOf(em, "document", documentId);
    }

    public void create(String orgId, Document document) {
        TenantScope.of(em, orgId).persist(new DocumentEntity(document));
    }

    public Optional<Document> find(String orgId, String documentId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(DocumentEntity.class, documentId))
                .map(d -> d.toDocument(orgId));
    }

    /** The document of a workspace with this content, if it was uploaded before. */
    public Optional<Document> findByContent(String orgId, String workspaceId, String sha256) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select d from DocumentEntity d where d.workspaceId = :w and d.sha256 = :s",
                        DocumentEntity.class)
                .setParameter("w", workspaceId)
                .setParameter("s", sha256)
                .getResultStream()
                .findFirst()
                .map(d -> d.toDocument(orgId));
    }

    /** How many documents of the organization, in any workspace, hold this content. */
    public long countByContent(String orgId, String sha256) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select count(d) from DocumentEntity d where d.sha256 = :s or d.textSha256 = :s", Long.class)
                .setParameter("s", sha256)
                .getSingleResult();
    }

    /**
     * Lists a workspace's documents by id.
     *
     * @param status only this status, or null
     * @param mediaType only this detected type, or null
     * @param formType only this SEC form, or null
     */
    public List<Document> list(
            String orgId,
            String workspaceId,
            String cursor,
            int limit,
            DocumentStatus status,
            String mediaType,
            String formType) {
        StringBuilder jpql =
                new StringBuilder("select d from DocumentEntity d where d.workspaceId = :w and d.id > :cursor");
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        if (mediaType != null) {
            jpql.append(" and d.mediaType = :type");
        }
        if (formType != null) {
            jpql.append(" and d.formType = :form");
        }
        TypedQuery<DocumentEntity> query = TenantScope.of(em, orgId)
                .createQuery(jpql.append(" order by d.id").toString(), DocumentEntity.class)
                .setParameter("w", workspaceId)
                .setParameter("cursor", cursor == null ? NO_CURSOR : cursor)
                .setMaxResults(limit + 1);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (mediaType != null) {
            query.setParameter("type", mediaType);
        }
        if (formType != null) {
            query.setParameter("form", formType);
        }
        return query.getResultStream().map(d -> d.toDocument(orgId)).toList();
    }

    public void attachJob(String orgId, String documentId, String jobId) {
        entity(orgId, documentId).ifPresent(d -> d.job(jobId, now()));
    }

    public void status(String orgId, String documentId, DocumentStatus status, String failureReason) {
        entity(orgId, documentId).ifPresent(d -> d.status(status, failureReason, now()));
    }

    /** Replaces what extraction produced (spans, chunks without vectors) in one transaction. */
    void storeExtraction(
            String orgId, String documentId, Extracted extracted, List<TextSpan> spans, List<StoredChunk> chunks) {
        EntityManager scoped = TenantScope.of(em, orgId);
        DocumentEntity document = scoped.find(DocumentEntity.class, documentId);
        if (document == null) {
            return;
        }
        scoped.createQuery("delete from DocumentSectionEntity s where s.documentId = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        scoped.createQuery("delete from DocumentChunkEntity c where c.documentId = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        for (TextSpan span : spans) {
            scoped.persist(new DocumentSectionEntity(documentId, span));
        }
        for (StoredChunk chunk : chunks) {
            scoped.persist(new DocumentChunkEntity(chunk));
        }
        document.extracted(extracted, now());
    }

    public List<TextSpan> spans(String orgId, String documentId, TextSpan.Kind kind) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select s from DocumentSectionEntity s where s.documentId = :d and s.kind = :k order by s.position",
                        DocumentSectionEntity.class)
                .setParameter("d", documentId)
                .setParameter("k", kind.name())
                .getResultStream()
                .map(DocumentSectionEntity::toSpan)
                .toList();
    }

    public List<StoredChunk> chunks(String orgId, String documentId) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select c from DocumentChunkEntity c where c.documentId = :d order by c.position",
                        DocumentChunkEntity.class)
                .setParameter("d", documentId)
                .getResultStream()
                .map(DocumentChunkEntity::toChunk)
                .toList();
    }

    /** One chunk by id. */
    public Optional<StoredChunk> chunk(String orgId, String chunkId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(DocumentChunkEntity.class, chunkId))
                .map(DocumentChunkEntity::toChunk);
    }

    /** A page of a workspace's chunks by id, for rebuilding an index. */
    public List<StoredChunk> workspaceChunks(String orgId, String workspaceId, String afterId, int limit) {
        return TenantScope.of(em, orgId)
                .createQuery(
                        "select c from DocumentChunkEntity c where c.workspaceId = :w and c.id > :after order by c.id",
                        DocumentChunkEntity.class)
                .setParameter("w", workspaceId)
                .setParameter("after", afterId == null ? NO_CURSOR : afterId)
                .setMaxResults(limit)
                .getResultStream()
                .map(DocumentChunkEntity::toChunk)
                .toList();
    }

    /** Stores embedding vectors by chunk id. */
    void storeEmbeddings(String orgId, Map<String, float[]> vectors, String model) {
        EntityManager scoped = TenantScope.of(em, orgId);
        vectors.forEach((chunkId, vector) -> {
            DocumentChunkEntity chunk = scoped.find(DocumentChunkEntity.class, chunkId);
            if (chunk != null) {
                chunk.embedding(vector, model);
            }
        });
    }

    /** Deletes a document with its spans and chunks; returns it as it was. */
    public Optional<Document> delete(String orgId, String documentId) {
        EntityManager scoped = TenantScope.of(em, orgId);
        DocumentEntity document = scoped.find(DocumentEntity.class, documentId);
        if (document == null) {
            return Optional.empty();
        }
        Document before = document.toDocument(orgId);
        scoped.createQuery("delete from DocumentSectionEntity s where s.documentId = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        scoped.createQuery("delete from DocumentChunkEntity c where c.documentId = :d")
                .setParameter("d", documentId)
                .executeUpdate();
        scoped.remove(document);
        return Optional.of(before);
    }

    private Optional<DocumentEntity> entity(String orgId, String documentId) {
        return Optional.ofNullable(TenantScope.of(em, orgId).find(DocumentEntity.class, documentId));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
