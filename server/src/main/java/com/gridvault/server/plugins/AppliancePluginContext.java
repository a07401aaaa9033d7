package com.gridvault.server.plugins;

import com.gridvault.plugin.api.EventPublisher;
import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.SecretAccessor;
import com.gridvault.plugin.api.config.PluginConfig;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * The context a plugin sees inside the appliance. Configuration is read live from MicroProfile
 * Config under {@code gridvault.plugin.<id>.}; secrets under {@code gridvault.plugin.<id>.secret.}
 * (the encrypted store, then the environment).
 */
final class AppliancePluginContext implements PluginContext {

    private final String pluginId;
    private final Config config;
    private final Path dataDirectory;
    private final Event<PluginEvent> events;
    private final java.util.function.BiFunction<String, String, java.util.Optional<String>> storedSecrets;

    AppliancePluginContext(
            String pluginId,
            Config config,
            Path pluginsDataRoot,
            Event<PluginEvent> events,
            java.util.function.BiFunction<String, String, java.util.Optional<String>> storedSecrets) {
        this.storedSecrets = storedSecrets;
        this.pluginId = pluginId;
        this.config = config;
        this.dataDirectory = pluginsDataRoot.resolve(pluginId);
        this.events = events;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginConfig config() {
        return key -> config.getOptionalValue("gridvault.plugin." + pluginId + "." + key, String.class);
    }

    @Override
    public SecretAccessor secrets() {
        // The encrypted store first (set by administrators), then the environment
        // (GRIDVAULT_PLUGIN_<ID>_SECRET_<NAME>).
        return name -> storedSecrets
                .apply(pluginId, name)
                .or(() -> config.getOptionalValue("gridvault.plugin." + pluginId + ".secret." + name, String.class));
    }

    @Override
    public Path dataDirectory() {
        try {
            return Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder of plugin '" + pluginId + "'", e);
        }
    }

    @Override
    public EventPublisher events() {
        return (type, payload) -> events.fire(
                new PluginEvent(pluginId, Objects.requireNonNull(type, "type"), Map.copyOf(payload), Instant.now()));
    }

    @Override
    public Logger logger() {
        return System.getLogger("gridvault.plugin." + pluginId);
    }
}
