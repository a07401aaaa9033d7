package com.gridvault.ai.router;

import com.gridvault.ai.router.budget.BudgetWarning;
import com.gridvault.plugin.api.ai.ChatResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's answer and how the router got it.
 *
 * @param response the answer
 * @param route the route that answered
 * @param attempts every attempt and skip in order, the last being the successful one
 * @param budgetWarning present when the organization is past a soft budget limit this period
 */
public record RoutedResponse(
        ChatResponse response, ProviderRoute route, List<Attempt> attempts, Optional<BudgetWarning> budgetWarning) {

    /** Copies the attempts and rejects missing parts. */
    public RoutedResponse {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(route, "route");
        attempts = List.copyOf(attempts);
        budgetWarning = budgetWarning == null ? Optional.empty() : budgetWarning;
    }

    /**
     * Returns the answer's text.
     *
     * @return the text
     */
    public String content() {
        return response.content();
    }

    /**
     * Counts the calls made to providers, leaving out skipped routes.
     *
     * @return the number of calls
     */
    public int calls() {
        return (int) attempts.stream().filter(a -> a.outcome().called()).count();
    }
}
