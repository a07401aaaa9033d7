/**
 * What the search backend plugins (embedded Lucene, OpenSearch, Elasticsearch) have in common:
 * reciprocal rank fusion, highlight snippets, the chunk document's field names and keys, the
 * validation of an upsert batch, and the checks on a cluster's settings. A plain library bundled in
 * each plugin's archive; it depends on the plugin API only.
 */
package com.gridvault.search.support;
