package com.gridvault.server.ai;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * AI usage of an organization over a period.
 *
 * @param from start (inclusive)
 * @param to end (exclusive)
 * @param promptTokens all prompt tokens
 * @param completionTokens all completion tokens
 * @param cost all cost (the configured prices' currency)
 * @param calls calls made
 * @param lines per user, endpoint, model and task kind
 */
public record AiUsageView(
        Instant from,
        Instant to,
        long promptTokens,
        long completionTokens,
        BigDecimal cost,
        long calls,
        List<Line> lines) {

    /** Usage of one user, endpoint, model and task kind. */
    public record Line(
            String userId,
            String configId,
            String model,
            String taskKind,
            long calls,
            long promptTokens,
            long completionTokens,
            BigDecimal cost,
            long failedCalls) {}

    static AiUsageView of(Instant from, Instant to, List<Line> lines) {
        return new AiUsageView(
                from,
                to,
                lines.stream().mapToLong(Line::promptTokens).sum(),
                lines.stream().mapToLong(Line::completionTokens).sum(),
                lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().mapToLong(Line::calls).sum(),
                lines);
    }
}
