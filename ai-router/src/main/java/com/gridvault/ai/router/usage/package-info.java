/**
 * What AI calls consumed and cost: one {@link com.gridvault.ai.router.usage.UsageRecord} per
 * attempt, kept by a {@link com.gridvault.ai.router.usage.UsageLedger} (in memory here; the server
 * persists them), summed as {@link com.gridvault.ai.router.usage.UsageTotals}, and priced with a
 * {@link com.gridvault.ai.router.usage.PriceBook}.
 */
package com.gridvault.ai.router.usage;
