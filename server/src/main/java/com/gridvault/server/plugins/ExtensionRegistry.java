package com.gridvault.server.plugins;

import com.gridvault.host.plugins.PluginExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The typed registry through which server features use plugin extensions, e.g. {@code
 * registry.extensions(FinancialModel.class)}. Extensions come only from started plugins and are
 * guarded: an unexpected exception from one surfaces as a plugin failure that names the plugin.
 */
@ApplicationScoped
public class ExtensionRegistry {

    @Inject
    PluginRuntime runtime;

    /**
     * Returns the current extensions of an extension point.
     *
     * @param point the extension point interface from the plugin API
     * @param <T> its type
     * @return the extensions with their contributing plugin; empty before the host has started
     */
    public <T> List<PluginExtension<T>> extensions(Class<T> point) {
        return runtime.started() ? runtime.host().extensions(point) : List.of();
    }
}
