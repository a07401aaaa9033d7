package com.gridvault.ai.router.budget;

import com.gridvault.ai.router.usage.UsageTotals;
import java.time.Instant;
import java.util.Objects;

/**
 * An organization has used more than a soft limit of its budget in the current period.
 *
 * @param orgId the organization
 * @param limit whether tokens or cost crossed the soft limit (tokens when both did)
 * @param used the usage so far in the period
 * @param budget the budget
 * @param periodEnd when the period ends and usage counts from zero again
 */
public record BudgetWarning(String orgId, BudgetLimit limit, UsageTotals used, Budget budget, Instant periodEnd) {

    /** Rejects missing parts. */
    public BudgetWarning {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /**
     * Describes the warning for a user.
     *
     * @return for example "Used 850000 of a soft limit of 800000 tokens this period (until ...)"
     */
    public String message() {
        String amount = limit == BudgetLimit.TOKENS
                ? used.totalTokens() + " of a soft limit of " + budget.softTokens() + " tokens"
                : used.cost().toPlainString() + " of a soft cost limit of "
                        + budget.softCost().toPlainString();
        return "Organization '" + orgId + "' has used " + amount + " in the current budget period (until " + periodEnd
                + ")";
    }
}
