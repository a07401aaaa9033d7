package com.gridvault.server.documents;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A chunk of a document as stored: text, citation data and its embedding vector. */
@Entity
@Table(name = "document_chunk")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class DocumentChunkEntity {

    @Id
    String id;

    @Column(name = "workspace_id", nullable = false)
    String workspaceId;

    @Column(name = "document_id", nullable = false)
    String documentId;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "header", nullable = false)
    String header;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "char_start", nullable = false)
    int charStart;

    @Column(name = "char_end", nullable = false)
    int charEnd;

    @Column(name = "first_page", nullable = false)
    int firstPage;

    @Column(name = "last_page", nullable = false)
    int lastPage;

    @Column(name = "section_id", nullable = false)
    String sectionId;

    @Column(name = "section_title", nullable = false)
    String sectionTitle;

    @Column(name = "table_id", nullable = false)
    String tableId;

    @Column(name = "vector")
    byte[] vector;

    @Column(name = "embedding_model")
    String embeddingModel;

    protected DocumentChunkEntity() {}

    DocumentChunkEntity(StoredChunk c) {
        this.id = c.id();
        this.workspaceId = c.workspaceId();
        this.documentId = c.documentId();
        this.position = c.position();
        this.header = c.header();
        this.body = c.body();
        this.charStart = c.charStart();
        this.charEnd = c.charEnd();
        this.firstPage = c.firstPage();
        this.lastPage = c.lastPage();
        this.sectionId = c.sectionId();
        this.sectionTitle = c.sectionTitle();
        this.tableId = c.tableId();
        this.vector = c.vector() == null ? null : Vectors.toBytes(c.vector());
        this.embeddingModel = c.embeddingModel();
    }

    void embedding(float[] value, String model) {
        this.vector = Vectors.toBytes(value);
        this.embeddingModel = model;
    }

    StoredChunk toChunk() {
        return new StoredChunk(
                id,
                workspaceId,
                documentId,
                position,
                header,
                body,
                charStart,
                charEnd,
                firstPage,
                lastPage,
                sectionId,
                sectionTitle,
                tableId,
                vector == null ? null : Vectors.fromBytes(vector),
                embeddingModel);
    }
}
