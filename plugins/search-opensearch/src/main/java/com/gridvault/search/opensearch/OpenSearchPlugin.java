package com.gridvault.search.opensearch;

import org.pf4j.Plugin;

/**
 * The OpenSearch search plugin. Its {@link OpenSearchSearchBackend} connects on first use; stopping
 * the plugin closes every connection pool it opened. The index itself lives in the cluster and stays.
 */
public class OpenSearchPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this. */
    public OpenSearchPlugin() {}

    @Override
    public void stop() {
        OpenClients.closeAll();
    }
}
