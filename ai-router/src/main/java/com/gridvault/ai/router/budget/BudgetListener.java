package com.gridvault.ai.router.budget;

/**
 * Hears that an organization crossed a soft budget limit; the server notifies its administrators.
 * Called at most once per organization, limit and period while the router runs (a restarted router
 * may call once more), on the calling thread; exceptions are logged and ignored.
 */
@FunctionalInterface
public interface BudgetListener {

    /** Ignores every warning. */
    BudgetListener NONE = warning -> {};

    /**
     * Receives a warning.
     *
     * @param warning the organization, the limit and the usage
     */
    void softLimitCrossed(BudgetWarning warning);
}
