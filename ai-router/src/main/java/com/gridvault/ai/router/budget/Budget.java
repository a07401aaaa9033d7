package com.gridvault.ai.router.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An organization's AI budget for each period. Each of the four limits is optional: a token limit
 * of {@code 0} and a cost limit of {@code null} mean "no limit".
 *
 * @param softTokens tokens after which calls carry a warning; 0 for none
 * @param hardTokens tokens after which calls are refused; 0 for none
 * @param softCost cost after which calls carry a warning; null for none
 * @param hardCost cost after which calls are refused; null for none
 * @param period the period the limits apply to
 */
public record Budget(long softTokens, long hardTokens, BigDecimal softCost, BigDecimal hardCost, BudgetPeriod period) {

    /** Rejects negative limits and a soft limit above its hard limit. */
    public Budget {
        Objects.requireNonNull(period, "period");
        if (softTokens < 0 || hardTokens < 0) {
            throw new IllegalArgumentException("Token limits must not be negative (0 means no limit)");
        }
        if ((softCost != null && softCost.signum() < 0) || (hardCost != null && hardCost.signum() < 0)) {
            throw new IllegalArgumentException("Cost limits must not be negative (null means no limit)");
        }
        if (softTokens > 0 && hardTokens > 0 && softTokens > hardTokens) {
            throw new IllegalArgumentException("The soft token limit must not exceed the hard one");
        }
        if (softCost != null && hardCost != null && softCost.compareTo(hardCost) > 0) {
            throw new IllegalArgumentException("The soft cost limit must not exceed the hard one");
        }
    }

    /**
     * Creates a monthly token budget.
     *
     * @param softTokens the warning threshold, 0 for none
     * @param hardTokens the refusal threshold, 0 for none
     * @return the budget
     */
    public static Budget monthlyTokens(long softTokens, long hardTokens) {
        return new Budget(softTokens, hardTokens, null, null, BudgetPeriod.MONTHLY);
    }

    /**
     * Creates a monthly cost budget.
     *
     * @param softCost the warning threshold, null for none
     * @param hardCost the refusal threshold, null for none
     * @return the budget
     */
    public static Budget monthlyCost(BigDecimal softCost, BigDecimal hardCost) {
        return new Budget(0, 0, softCost, hardCost, BudgetPeriod.MONTHLY);
    }
}
