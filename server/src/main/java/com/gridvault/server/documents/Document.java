package com.gridvault.server.documents;

import java.time.OffsetDateTime;

/**
 * A document of a workspace.
 *
 * @param id the document id
 * @param orgId the owning organization
 * @param workspaceId the workspace
 * @param fileName the sanitized file name given at upload
 * @param declaredType the content type the client declared, or null
 * @param mediaType the type detected from the content, or null before extraction
 * @param sizeBytes the file's size
 * @param sha256 the file's SHA-256 (hex), its key in the blob store
 * @param status where ingestion is
 * @param failureReason why ingestion failed, for people, or null
 * @param title the document's title (from its metadata or the filing's company and form), or null
 * @param formType the SEC form (10-K, 10-Q, 8-K), or null
 * @param company the filer, or null
 * @param pageCount pages (PDF pages, sheets, slides), 0 when the format has none
 * @param sectionCount sections found (filing items, headings)
 * @param chunkCount chunks stored for search
 * @param textSha256 the extracted text's key in the blob store, or null
 * @param textChars characters of extracted text
 * @param jobId the latest ingestion job, or null
 * @param uploadedBy the uploading user
 * @param createdAt upload time
 * @param updatedAt last change
 */
public record Document(
        String id,
        String orgId,
        String workspaceId,
        String fileName,
        String declaredType,
        String mediaType,
        long sizeBytes,
        String sha256,
        DocumentStatus status,
        String failureReason,
        String title,
        String formType,
        String company,
        int pageCount,
        int sectionCount,
        int chunkCount,
        String textSha256,
        int textChars,
        String jobId,
        String uploadedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
