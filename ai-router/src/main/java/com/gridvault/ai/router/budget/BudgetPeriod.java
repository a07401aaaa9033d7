package com.gridvault.ai.router.budget;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** The period a budget applies to; usage counts from its start. */
public enum BudgetPeriod {
    /** A calendar month in the router clock's time zone. */
    MONTHLY;

    /**
     * Returns the start of the period that contains an instant.
     *
     * @param now the instant
     * @param zone the time zone whose calendar applies
     * @return the first instant of the period
     */
    public Instant start(Instant now, ZoneId zone) {
        return YearMonth.from(now.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the end of the period that contains an instant, which is the start of the next one.
     *
     * @param now the instant
     * @param zone the time zone whose calendar applies
     * @return the first instant after the period
     */
    public Instant end(Instant now, ZoneId zone) {
        return YearMonth.from(now.atZone(zone))
                .plusMonths(1)
                .atDay(1)
                .atStartOfDay(zone)
                .toInstant();
    }
}
