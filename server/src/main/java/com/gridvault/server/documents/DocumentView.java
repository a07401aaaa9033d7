package com.gridvault.server.documents;

import java.time.OffsetDateTime;

/** A document as the API shows it. */
public record DocumentView(
        String id,
        String workspaceId,
        String fileName,
        String mediaType,
        String declaredType,
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
        int textChars,
        String jobId,
        String uploadedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static DocumentView of(Document d) {
        return new DocumentView(
                d.id(),
                d.workspaceId(),
                d.fileName(),
                d.mediaType(),
                d.declaredType(),
                d.sizeBytes(),
                d.sha256(),
                d.status(),
                d.failureReason(),
                d.title(),
                d.formType(),
                d.company(),
                d.pageCount(),
                d.sectionCount(),
                d.chunkCount(),
                d.textChars(),
                d.jobId(),
                d.uploadedBy(),
                d.createdAt(),
                d.updatedAt());
    }
}
