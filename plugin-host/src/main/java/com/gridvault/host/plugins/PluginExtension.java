package com.gridvault.host.plugins;

/**
 * An extension instance together with the plugin that contributed it.
 *
 * @param pluginId the contributing plugin
 * @param pluginVersion its version, recorded with results so they can be reproduced
 * @param extension the guarded extension instance
 * @param <T> the extension point
 */
public record PluginExtension<T>(String pluginId, String pluginVersion, T extension) {}
