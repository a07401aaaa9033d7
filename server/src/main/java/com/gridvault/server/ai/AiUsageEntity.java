package com.gridvault.server.ai;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One AI call in the usage ledger. */
@Entity
@Table(name = "ai_usage")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class AiUsageEntity {

    @Id
    String id;

    @Column(name = "user_id")
    String userId;

    @Column(name = "config_id")
    String configId;

    @Column(name = "model")
    String model;

    @Column(name = "task_kind", nullable = false)
    String taskKind;

    @Column(name = "prompt_tokens", nullable = false)
    long promptTokens;

    @Column(name = "completion_tokens", nullable = false)
    long completionTokens;

    @Column(name = "cost", nullable = false)
    BigDecimal cost;

    @Column(name = "outcome", nullable = false)
    String outcome;

    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;

    protected AiUsageEntity() {}

    AiUsageEntity(
            String id,
            String userId,
            String configId,
            String model,
            String taskKind,
            long promptTokens,
            long completionTokens,
            BigDecimal cost,
            String outcome,
            OffsetDateTime occurredAt) {
        this.id = id;
        this.userId = userId;
        this.configId = configId;
        this.model = model;
        this.taskKind = taskKind;
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.cost = cost;
        this.outcome = outcome;
        this.occurredAt = occurredAt;
    }
}
