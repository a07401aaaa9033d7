package com.gridvault.server.chat;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A conversation of a workspace. */
@Entity
@Table(name = "conversation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class ConversationEntity {

    @Id
    String id;

    @Column(name = "workspace_id", nullable = false)
    String workspaceId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected ConversationEntity() {}

    ConversationEntity(String id, String workspaceId, String title, String createdBy, OffsetDateTime now) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void touch(String newTitle, OffsetDateTime now) {
        if (newTitle != null) {
            this.title = newTitle;
        }
        this.updatedAt = now;
    }

    ConversationView toView() {
        return new ConversationView(id, workspaceId, title, createdBy, createdAt, updatedAt);
    }
}
