package com.gridvault.server.ai;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The provider chain an organization uses for one task kind. */
@Entity
@Table(name = "ai_routing_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class AiRoutingPolicyEntity {

    @Id
    String id;

    @Column(name = "task_kind", nullable = false)
    String taskKind;

    @Column(name = "chain_json", nullable = false)
    String chainJson;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected AiRoutingPolicyEntity() {}

    AiRoutingPolicyEntity(String id, String taskKind, String chainJson, OffsetDateTime now) {
        this.id = id;
        this.taskKind = taskKind;
        this.chainJson = chainJson;
        this.updatedAt = now;
    }

    void replace(String chainJson, OffsetDateTime now) {
        this.chainJson = chainJson;
        this.updatedAt = now;
    }
}
