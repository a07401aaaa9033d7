package com.gridvault.plugin.api;

import com.gridvault.plugin.api.config.PluginConfig;
import java.lang.System.Logger;
import java.nio.file.Path;

/**
 * What the host gives a plugin's extensions: the plugin's own slice of the appliance.
 *
 * <p>An extension receives its context through a public constructor that takes a single {@code
 * PluginContext} argument; extensions without such a constructor are created with their no-argument
 * constructor and simply do not see it. One context exists per plugin; it is thread-safe.
 */
public interface PluginContext {

    /**
     * Returns the id of the plugin this context belongs to, as declared by its {@code Plugin-Id}.
     *
     * @return the plugin id
     */
    String pluginId();

    /**
     * Returns the plugin's configuration values, read from the appliance configuration under
     * {@code gridvault.plugin.<pluginId>.<key>}.
     *
     * @return the configuration accessor
     */
    PluginConfig config();

    /**
     * Returns the accessor for secrets (API keys, passwords) that the operator stored for this
     * plugin. Secrets are never part of {@link #config()}.
     *
     * @return the secret accessor
     */
    SecretAccessor secrets();

    /**
     * Returns a folder private to this plugin, created on first use and kept across restarts and
     * upgrades of the plugin. Other plugins cannot see it.
     *
     * @return an existing, writable directory
     */
    Path dataDirectory();

    /**
     * Returns the publisher for events this plugin emits to the appliance (and, through the
     * real-time hub, to subscribed clients).
     *
     * @return the event publisher
     */
    EventPublisher events();

    /**
     * Returns a logger whose records are attributed to this plugin in the appliance log.
     *
     * @return the plugin's logger
     */
    Logger logger();
}
