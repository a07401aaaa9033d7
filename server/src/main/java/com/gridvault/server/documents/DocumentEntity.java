package com.gridvault.server.documents;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A stored document, visible only within its organization. */
@Entity
@Table(name = "document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class DocumentEntity {

    @Id
    String id;

    @Column(name = "workspace_id", nullable = false)
    String workspaceId;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "declared_type")
    String declaredType;

    @Column(name = "media_type")
    String mediaType;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(name = "sha256", nullable = false)
    String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    DocumentStatus status;

    @Column(name = "failure_reason")
    String failureReason;

    @Column(name = "title")
    String title;

    @Column(name = "form_type")
    String formType;

    @Column(name = "company")
    String company;

    @Column(name = "page_count", nullable = false)
    int pageCount;

    @Column(name = "section_count", nullable = false)
    int sectionCount;

    @Column(name = "chunk_count", nullable = false)
    int chunkCount;

    @Column(name = "text_sha256")
    String textSha256;

    @Column(name = "text_chars", nullable = false)
    int textChars;

    @Column(name = "job_id")
    String jobId;

    @Column(name = "uploaded_by")
    String uploadedBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected DocumentEntity() {}

    DocumentEntity(Document d) {
        this.id = d.id();
        this.workspaceId = d.workspaceId();
        this.fileName = d.fileName();
        this.declaredType = d.declaredType();
        this.mediaType = d.mediaType();
        this.sizeBytes = d.sizeBytes();
        this.sha256 = d.sha256();
        this.status = d.status();
        this.failureReason = d.failureReason();
        this.title = d.title();
        this.formType = d.formType();
        this.company = d.company();
        this.pageCount = d.pageCount();
        this.sectionCount = d.sectionCount();
        this.chunkCount = d.chunkCount();
        this.textSha256 = d.textSha256();
        this.textChars = d.textChars();
        this.jobId = d.jobId();
        this.uploadedBy = d.uploadedBy();
        this.createdAt = d.createdAt();
        this.updatedAt = d.updatedAt();
    }

    void job(String jobId, OffsetDateTime at) {
        this.jobId = jobId;
        this.updatedAt = at;
    }

    void status(DocumentStatus status, String failureReason, OffsetDateTime at) {
        this.status = status;
        this.failureReason = failureReason;
        this.updatedAt = at;
    }

    void extracted(Extracted e, OffsetDateTime at) {
        this.mediaType = e.mediaType();
        this.title = e.title();
        this.formType = e.formType();
        this.company = e.company();
        this.pageCount = e.pageCount();
        this.sectionCount = e.sectionCount();
        this.chunkCount = e.chunkCount();
        this.textSha256 = e.textSha256();
        this.textChars = e.textChars();
        this.updatedAt = at;
    }

    Document toDocument(String orgId) {
        return new Document(
                id,
                orgId,
                workspaceId,
                fileName,
                declaredType,
                mediaType,
                sizeBytes,
                sha256,
                status,
                failureReason,
                title,
                formType,
                company,
                pageCount,
                sectionCount,
                chunkCount,
                textSha256,
                textChars,
                jobId,
                uploadedBy,
                createdAt,
                updatedAt);
    }
}
