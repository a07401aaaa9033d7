package com.gridvault.server.documents;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A section or a page of a document's text, with character and UTF-8 byte offsets. */
@Entity
@Table(name = "document_section")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class DocumentSectionEntity {

    @Id
    String id;

    @Column(name = "document_id", nullable = false)
    String documentId;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "section_id", nullable = false)
    String sectionId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "kind", nullable = false)
    String kind;

    @Column(name = "char_start", nullable = false)
    int charStart;

    @Column(name = "char_end", nullable = false)
    int charEnd;

    @Column(name = "byte_start", nullable = false)
    long byteStart;

    @Column(name = "byte_end", nullable = false)
    long byteEnd;

    @Column(name = "first_page", nullable = false)
    int firstPage;

    protected DocumentSectionEntity() {}

    DocumentSectionEntity(String documentId, TextSpan span) {
        this.id = documentId + ":" + span.kind().name().charAt(0) + span.position();
        this.documentId = documentId;
        this.position = span.position();
        this.sectionId = span.id();
        this.title = span.title();
        this.kind = span.kind().name();
        this.charStart = span.charStart();
        this.charEnd = span.charEnd();
        this.byteStart = span.byteStart();
        this.byteEnd = span.byteEnd();
        this.firstPage = span.firstPage();
    }

    TextSpan toSpan() {
        return new TextSpan(
                TextSpan.Kind.valueOf(kind),
                position,
                sectionId,
                title,
                charStart,
                charEnd,
                byteStart,
                byteEnd,
                firstPage);
    }
}
