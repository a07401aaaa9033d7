/**
 * The contract test suite for {@link com.gridvault.plugin.api.search.SearchBackend}s: {@link
 * com.gridvault.plugin.testkit.search.SearchBackendContract} holds the checks every backend (embedded
 * Lucene, Elasticsearch, ...) must pass, so that the appliance can swap backends without changing
 * what users get, above all the tenant isolation guarantee.
 */
package com.gridvault.plugin.testkit.search;
