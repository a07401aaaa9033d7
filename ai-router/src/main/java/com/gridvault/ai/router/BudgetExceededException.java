package com.gridvault.ai.router;

import com.gridvault.ai.router.budget.Budget;
import com.gridvault.ai.router.budget.BudgetLimit;
import com.gridvault.ai.router.usage.UsageTotals;
import java.time.Instant;

/**
 * The organization reached a hard limit of its budget: the call was refused before any provider
 * was called. Calls resume when the period ends or an administrator raises the limit.
 */
public final class BudgetExceededException extends AiRouterException {

    private static final long serialVersionUID = 1L;

    private final String orgId;
    private final BudgetLimit limit;
    private final transient UsageTotals used;
    private final transient Budget budget;
    private final Instant periodEnd;

    BudgetExceededException(String orgId, BudgetLimit limit, UsageTotals used, Budget budget, Instant periodEnd) {
        super(message(orgId, limit, used, budget, periodEnd), null);
        this.orgId = orgId;
        this.limit = limit;
        this.used = used;
        this.budget = budget;
        this.periodEnd = periodEnd;
    }

    private static String message(String orgId, BudgetLimit limit, UsageTotals used, Budget budget, Instant end) {
        String amount = limit == BudgetLimit.TOKENS
                ? used.totalTokens() + " tokens of a hard limit of " + budget.hardTokens()
                : "a cost of " + used.cost().toPlainString() + " of a hard limit of "
                        + budget.hardCost().toPlainString();
        return "Organization '" + orgId + "' has used " + amount + " in the current budget period, so AI calls are"
                + " refused until " + end + " unless an administrator raises the budget";
    }

    /**
     * Returns the organization.
     *
     * @return the organization id
     */
    public String orgId() {
        return orgId;
    }

    /**
     * Returns which hard limit was reached.
     *
     * @return tokens or cost
     */
    public BudgetLimit limit() {
        return limit;
    }

    /**
     * Returns the usage in the period when the call was refused.
     *
     * @return the totals
     */
    public UsageTotals used() {
        return used;
    }

    /**
     * Returns the budget.
     *
     * @return the budget
     */
    public Budget budget() {
        return budget;
    }

    /**
     * Returns when the period ends and calls are allowed again.
     *
     * @return the end of the period
     */
    public Instant periodEnd() {
        return periodEnd;
    }
}
