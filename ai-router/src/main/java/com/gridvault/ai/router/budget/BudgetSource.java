package com.gridvault.ai.router.budget;

import java.util.Optional;

/** Finds an organization's budget. Thread-safe. */
@FunctionalInterface
public interface BudgetSource {

    /** No organization has a budget. */
    BudgetSource NONE = orgId -> Optional.empty();

    /**
     * Returns the budget.
     *
     * @param orgId the organization
     * @return the budget, or empty when the organization has none
     */
    Optional<Budget> budget(String orgId);
}
