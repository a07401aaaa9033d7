/**
 * Token and cost budgets per organization and period: a soft limit that warns (on the response and
 * once per period through a {@link com.gridvault.ai.router.budget.BudgetListener}) and a hard limit
 * that refuses calls before they reach a provider.
 */
package com.gridvault.ai.router.budget;
