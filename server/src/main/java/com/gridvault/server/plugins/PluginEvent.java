package com.gridvault.server.plugins;

import java.time.Instant;
import java.util.Map;

/**
 * An event a plugin published, delivered as a CDI event to observers in the server (the real-time
 * hub forwards them to subscribed clients).
 *
 * @param pluginId the publishing plugin
 * @param type the event type
 * @param payload JSON-compatible values
 * @param time when it was published
 */
public record PluginEvent(String pluginId, String type, Map<String, Object> payload, Instant time) {}
