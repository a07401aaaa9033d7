package com.gridvault.server.plugins;

import com.gridvault.host.plugins.PluginHost;
import com.gridvault.host.plugins.PluginHostSettings;
import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.server.config.ApplianceSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
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

    /** Counts plugins by status, for health and metrics. */
    public long count(PluginStatus status) {
        PluginHost current = host;
        if (current == null) {
            return 0;
        }
        List<PluginInfo> plugins = current.plugins();
        return plugins.stream().filter(p -> p.status() == status).count();
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
