package com.gridvault.ai.router.usage;

import com.gridvault.ai.router.TaskKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One call to a provider: who made it, where it went, what it consumed and cost, and how it ended.
 * Failed attempts are recorded too, with zero tokens and zero cost.
 *
 * @param orgId the organization
 * @param userId the user, or empty for work on the organization's behalf
 * @param configId the endpoint called
 * @param model the model that answered as the provider reported it, else the requested model, else
 *     empty
 * @param kind the task kind
 * @param promptTokens input tokens
 * @param completionTokens generated tokens
 * @param cost the price of the tokens per the price book; zero when the model has no price
 * @param at when the call ended
 * @param outcome how it ended
 */
public record UsageRecord(
        String orgId,
        String userId,
        String configId,
        String model,
        TaskKind kind,
        long promptTokens,
        long completionTokens,
        BigDecimal cost,
        Instant at,
        CallOutcome outcome) {

    /** Rejects missing parts and negative amounts. */
    public UsageRecord {
        Objects.requireNonNull(orgId, "orgId");
        userId = userId == null ? "" : userId;
        Objects.requireNonNull(configId, "configId");
        model = model == null ? "" : model;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        if (promptTokens < 0 || completionTokens < 0 || cost.signum() < 0) {
            throw new IllegalArgumentException("Token counts and cost must not be negative");
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
}
