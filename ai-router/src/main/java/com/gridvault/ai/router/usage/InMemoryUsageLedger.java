package com.gridvault.ai.router.usage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link UsageLedger} in memory, for tests and single-node development; everything is lost on
 * restart. Totals scan all records, which is fine for thousands, not millions.
 */
public final class InMemoryUsageLedger implements UsageLedger {

    private final ConcurrentLinkedQueue<UsageRecord> records = new ConcurrentLinkedQueue<>();

    @Override
    public void record(UsageRecord record) {
        records.add(Objects.requireNonNull(record, "record"));
    }

    @Override
    public UsageTotals totals(String orgId, Instant since) {
        UsageTotals totals = UsageTotals.ZERO;
        for (UsageRecord record : records) {
            if (record.orgId().equals(orgId) && !record.at().isBefore(since)) {
                totals = totals.plus(record);
            }
        }
        return totals;
    }

    /**
     * Returns every record so far, oldest first.
     *
     * @return a snapshot
     */
    public List<UsageRecord> records() {
        return List.copyOf(records);
    }
}
