package com.gridvault.server.ai;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An organization's monthly AI budget; 0 tokens or a null cost means no limit. Keyed by the
 * organization itself, so a lookup can only ever return the caller's own organization's row.
 */
@Entity
@Table(name = "ai_budget")
public class AiBudgetEntity {

    @Id
    @Column(name = "org_id")
    String orgId;

    @Column(name = "soft_tokens", nullable = false)
    long softTokens;

    @Column(name = "hard_tokens", nullable = false)
    long hardTokens;

    @Column(name = "soft_cost")
    BigDecimal softCost;

    @Column(name = "hard_cost")
    BigDecimal hardCost;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected AiBudgetEntity() {}

    AiBudgetEntity(String orgId, AiBudgetView budget, OffsetDateTime now) {
        this.orgId = orgId;
        replace(budget, now);
    }

    void replace(AiBudgetView budget, OffsetDateTime now) {
        this.softTokens = budget.softTokens();
        this.hardTokens = budget.hardTokens();
        this.softCost = budget.softCost();
        this.hardCost = budget.hardCost();
        this.updatedAt = now;
    }

    AiBudgetView toView() {
        return new AiBudgetView(softTokens, hardTokens, softCost, hardCost);
    }
}
