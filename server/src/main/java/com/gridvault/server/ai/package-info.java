/**
 * AI endpoints per organization (provider plugin + settings, secrets sealed with the master key),
 * routing chains per task kind, budgets, the usage ledger and the {@link com.gridvault.ai.router.AiRouter}
 * built on them.
 */
package com.gridvault.server.ai;
