package com.gridvault.search.opensearch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The clients this plugin opened, so that stopping the plugin releases their connection pools. */
final class OpenClients {

    private static final Set<ClusterClient> OPEN = ConcurrentHashMap.newKeySet();

    private OpenClients() {}

    static void register(ClusterClient client) {
        OPEN.add(client);
    }

    static void unregister(ClusterClient client) {
        OPEN.remove(client);
    }

    static void closeAll() {
        for (ClusterClient client : Set.copyOf(OPEN)) {
            client.close();
        }
    }
}
