package com.gridvault.ai.router.usage;

import java.time.Instant;

/**
 * Keeps the usage records of every organization. The router records each attempt and asks for
 * totals before each call to enforce budgets, so {@link #totals} must be cheap. Thread-safe.
 */
public interface UsageLedger {

    /**
     * Stores one record.
     *
     * @param record the record
     */
    void record(UsageRecord record);

    /**
     * Sums an organization's records from a point in time on.
     *
     * @param orgId the organization
     * @param since the start of the period, inclusive
     * @return the totals, {@link UsageTotals#ZERO} when there are none
     */
    UsageTotals totals(String orgId, Instant since);
}
