package com.gridvault.search.elasticsearch;

import org.pf4j.Plugin;

/**
 * The Elasticsearch search plugin. Its {@link ElasticsearchSearchBackend} connects on first use;
 * stopping the plugin closes every connection pool it opened. The index lives in the cluster and stays.
 */
public class ElasticsearchPlugin extends Plugin {

    /** Creates the plugin; PF4J calls this. */
    public ElasticsearchPlugin() {}

    @Override
    public void stop() {
        OpenClients.closeAll();
    }
}
