package com.gridvault.server.plugins;

import com.gridvault.host.plugins.PluginHost;
import com.gridvault.host.plugins.PluginHostSettings;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.server.config.ApplianceSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Owns the appliance's one {@link PluginHost}: started by the startup sequence, closed on shutdown. */
@ApplicationScoped
public class PluginRuntime {

    @Inject
    ApplianceSettings settings;

    @Inject
    Config config;

    @Inject
    Event<PluginEvent> events;

    @Inject
    com.gridvault.server.secrets.PluginSecrets secrets;

    private volatile PluginHost host;

    /** Loads and starts the bundled and installed plugins. */
    public synchronized void start() {
        if (host != null) {
            return;
        }
        PluginHostSettings hostSettings = new PluginHostSettings(
                settings.pluginsDirectory(),
                settings.maxPluginArchiveBytes(),
                20_000,
                5 * settings.maxPluginArchiveBytes());
        Path pluginData = settings.dataDirectory().resolve("plugins");
        PluginHost created = new PluginHost(
                hostSettings, id -> new AppliancePluginContext(id, config, pluginData, events, secrets::get));
        created.start();
        host = created;
    }

    /** Returns the running host. */
    public PluginHost host() {
        PluginHost current = host;
        if (current == null) {
            throw new IllegalStateException("The plugin host has not started yet");
        }
        return current;
    }

    /** True once the host has started. */
    public boolean started() {
        return host != null;
    }

    /** Counts plugins by status (one listing of the host), for health and metrics. */
    public java.util.Map<PluginStatus, Long> countsByStatus() {
        PluginHost current = host;
        java.util.Map<PluginStatus, Long> counts = new java.util.EnumMap<>(PluginStatus.class);
        for (PluginStatus status : PluginStatus.values()) {
            counts.put(status, 0L);
        }
        if (current != null) {
            current.plugins().forEach(p -> counts.merge(p.status(), 1L, Long::sum));
        }
        return counts;
    }

    /** Stops every plugin when the application stops. */
    @PreDestroy
    synchronized void stop() {
        if (host != null) {
            host.close();
            host = null;
        }
    }
}
