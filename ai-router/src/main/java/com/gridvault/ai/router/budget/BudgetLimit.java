package com.gridvault.ai.router.budget;

/** Which quantity of a {@link Budget} a warning or refusal is about. */
public enum BudgetLimit {
    /** Prompt plus completion tokens. */
    TOKENS,
    /** Cost per the price book. */
    COST
}
