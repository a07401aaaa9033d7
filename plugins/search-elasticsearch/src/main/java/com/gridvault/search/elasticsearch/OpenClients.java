package com.gridvault.search.elasticsearch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The clients this plugin has opened, so that stopping the plugin releases their connection pools. */
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
        Set.copyOf(OPEN).forEach(ClusterClient::close);
    }
}
