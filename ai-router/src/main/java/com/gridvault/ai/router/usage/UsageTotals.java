package com.gridvault.ai.router.usage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Usage summed over a period.
 *
 * @param promptTokens input tokens
 * @param completionTokens generated tokens
 * @param cost the summed cost
 * @param calls the attempts that reached a provider, successful or not
 * @param failedCalls of those, the ones that did not succeed
 */
public record UsageTotals(long promptTokens, long completionTokens, BigDecimal cost, long calls, long failedCalls) {

    /** Nothing used. */
    public static final UsageTotals ZERO = new UsageTotals(0, 0, BigDecimal.ZERO, 0, 0);

    /** Rejects negative amounts. */
    public UsageTotals {
        Objects.requireNonNull(cost, "cost");
        if (promptTokens < 0 || completionTokens < 0 || calls < 0 || failedCalls < 0 || failedCalls > calls) {
            throw new IllegalArgumentException("Usage totals must not be negative and failures are calls");
        }
    }

    /**
     * Returns the sum of prompt and completion tokens.
     *
     * @return the total
     */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    /**
     * Adds one record.
     *
     * @param record the record
     * @return the new totals
     */
    public UsageTotals plus(UsageRecord record) {
        return new UsageTotals(
                promptTokens + record.promptTokens(),
                completionTokens + record.completionTokens(),
                cost.add(record.cost()),
                calls + 1,
                failedCalls + (record.outcome() == CallOutcome.SUCCESS ? 0 : 1));
    }
}
