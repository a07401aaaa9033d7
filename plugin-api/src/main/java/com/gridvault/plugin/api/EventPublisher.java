package com.gridvault.plugin.api;

import java.util.Map;

/**
 * Publishes events from a plugin to the appliance.
 *
 * <p>Events are fire-and-forget notifications (a feed received data, a model finished); they are
 * not a way to change server state. The host stamps each event with the plugin id and the time.
 */
public interface EventPublisher {

    /**
     * Publishes one event.
     *
     * @param type a dotted event type owned by the plugin, for example {@code feed.batch-received}
     * @param payload JSON-compatible values (strings, numbers, booleans, lists and maps of them)
     */
    void publish(String type, Map<String, Object> payload);
}
