/**
 * AI routing: {@link com.gridvault.ai.router.AiRouter} sends an organization's chat requests along
 * its {@link com.gridvault.ai.router.RoutingPolicy} chain of configured endpoints, with retries that
 * honour Retry-After, fallbacks, per-endpoint circuit breakers, a call timeout, budgets ({@code
 * budget}) and a usage record for every call ({@code usage}).
 *
 * <p>The router depends on the plugin API only. The server plugs in where connections ({@link
 * com.gridvault.ai.router.ConnectionSource}), policies, budgets, prices and the usage ledger come
 * from, and maps the router's exceptions (all under {@link com.gridvault.ai.router.AiRouterException})
 * to problem responses.
 */
package com.gridvault.ai.router;
