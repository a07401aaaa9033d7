package com.gridvault.host.plugins;

import com.gridvault.plugin.api.PluginContext;

/** Creates the {@link PluginContext} for a plugin; the host calls it once per plugin id and caches the result. */
@FunctionalInterface
public interface PluginContextFactory {

    /**
     * Creates the context for a plugin.
     *
     * @param pluginId the plugin's id
     * @return its context
     */
    PluginContext create(String pluginId);
}
