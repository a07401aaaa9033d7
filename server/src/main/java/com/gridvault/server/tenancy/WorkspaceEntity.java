package com.gridvault.server.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A workspace row, visible only within its organization. */
@Entity
@Table(name = "workspace")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class WorkspaceEntity {

    @Id
    String id;

    @Column(nullable = false)
    String name;

    String description;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Version
    long version;

    protected WorkspaceEntity() {}

    WorkspaceEntity(String id, String name, String description, OffsetDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
    }

    /**
     * Changes fields inside the entity: EclipseLink's woven change tracking only sees writes made by
     * the entity's own methods, so a field assignment from another class would be silently lost.
     */
    void update(String newName, String newDescription) {
        if (newName != null) {
            this.name = newName;
        }
        if (newDescription != null) {
            this.description = newDescription;
        }
    }
}
