package com.gridvault.server.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** An organization row: the tenant itself. */
@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    String id;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Plan plan;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Version
    long version;

    protected OrganizationEntity() {}

    OrganizationEntity(String id, String name, Plan plan, OffsetDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.plan = plan;
        this.createdAt = createdAt;
    }

    /**
     * Changes fields inside the entity: EclipseLink's woven change tracking only sees writes made by
     * the entity's own methods, so a field assignment from another class would be silently lost.
     */
    void update(String newName, Plan newPlan) {
        if (newName != null) {
            this.name = newName;
        }
        if (newPlan != null) {
            this.plan = newPlan;
        }
    }
}
