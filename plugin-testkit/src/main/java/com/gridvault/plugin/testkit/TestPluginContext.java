package com.gridvault.plugin.testkit;

import com.gridvault.plugin.api.EventPublisher;
import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.SecretAccessor;
import com.gridvault.plugin.api.config.PluginConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link PluginContext} for tests: configuration and secrets from maps the test fills, a data
 * folder under the harness's temp folder, and a record of every published event.
 */
public final class TestPluginContext implements PluginContext {

    /**
     * One event a plugin published.
     *
     * @param type the event type
     * @param payload the payload
     */
    public record PublishedEvent(String type, Map<String, Object> payload) {}

    private final String pluginId;
    private final Path dataDirectory;
    private final Map<String, String> config = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final List<PublishedEvent> events = new CopyOnWriteArrayList<>();

    TestPluginContext(String pluginId, Path dataRoot) {
        this.pluginId = pluginId;
        this.dataDirectory = dataRoot.resolve(pluginId);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginConfig config() {
        return key -> Optional.ofNullable(config.get(key));
    }

    @Override
    public SecretAccessor secrets() {
        return name -> Optional.ofNullable(secrets.get(name));
    }

    @Override
    public Path dataDirectory() {
        try {
            return Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public EventPublisher events() {
        return (type, payload) -> events.add(new PublishedEvent(type, Map.copyOf(payload)));
    }

    @Override
    public Logger logger() {
        return System.getLogger("gridvault.plugin." + pluginId);
    }

    /** Sets a configuration value the plugin will read. */
    public TestPluginContext config(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** Stores a secret the plugin will read. */
    public TestPluginContext secret(String name, String value) {
        secrets.put(name, value);
        return this;
    }

    /** Returns the events published so far. */
    public List<PublishedEvent> publishedEvents() {
        return List.copyOf(events);
    }
}
