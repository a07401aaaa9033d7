package com.gridvault.plugin.testkit;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.host.plugins.PluginHost;
import com.gridvault.host.plugins.PluginHostSettings;
import com.gridvault.host.plugins.PluginInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Runs the appliance's real {@link PluginHost} over a temporary plugins folder.
 *
 * <p>Create it, optionally copy archives in and set plugin configuration, then {@link #start()}.
 * {@link #close()} stops the plugins and deletes the folder.
 */
public final class PluginTestHarness implements AutoCloseable {

    /** System property a plugin module's failsafe configuration sets to its packaged jar. */
    public static final String PACKAGED_PLUGIN_PROPERTY = "gridvault.plugin.jar";

    private final Path root;
    private final Path pluginsDirectory;
    private final Map<String, TestPluginContext> contexts = new ConcurrentHashMap<>();
    private final PluginHost host;

    private PluginTestHarness(PluginHostSettings settings, Path root) {
        this.root = root;
        this.pluginsDirectory = settings.pluginsDirectory();
        this.host = new PluginHost(settings, this::context);
    }

    /**
     * Creates a harness over an empty temporary plugins folder with the appliance's default limits.
     *
     * @return a harness that is not started yet
     */
    public static PluginTestHarness create() {
        try {
            Path root = Files.createTempDirectory("gridvault-plugins-");
            return new PluginTestHarness(PluginHostSettings.defaults(root.resolve("plugins")), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates and starts a harness with the jar this module packaged (named by the system property
     * {@value #PACKAGED_PLUGIN_PROPERTY}, which the plugins parent pom sets for failsafe tests).
     *
     * @return a started harness
     */
    public static PluginTestHarness forPackagedPlugin() {
        String jar = System.getProperty(PACKAGED_PLUGIN_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property " + PACKAGED_PLUGIN_PROPERTY
                    + " must name the packaged plugin jar (run the test with failsafe in the verify phase); was "
                    + jar);
        }
        return create().copyIn(Path.of(jar)).start();
    }

    /**
     * Copies an archive into the plugins folder before start, as the appliance image does.
     *
     * @param archive a plugin jar or zip
     * @return this harness
     */
    public PluginTestHarness copyIn(Path archive) {
        try {
            Files.copy(archive, pluginsDirectory.resolve(archive.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Loads and starts every plugin in the folder.
     *
     * @return this harness
     */
    public PluginTestHarness start() {
        host.start();
        return this;
    }

    /**
     * Returns the context the given plugin sees (created on first use), to set configuration and
     * secrets before start or to read the events it published.
     *
     * @param pluginId the plugin id
     * @return its context
     */
    public TestPluginContext context(String pluginId) {
        return contexts.computeIfAbsent(pluginId, id -> new TestPluginContext(id, root.resolve("data")));
    }

    /** Returns the real host, for lifecycle calls. */
    public PluginHost host() {
        return host;
    }

    /** Returns the plugins folder. */
    public Path pluginsDirectory() {
        return pluginsDirectory;
    }

    /** Returns every plugin the host knows, including rejected archives. */
    public List<PluginInfo> plugins() {
        return host.plugins();
    }

    /** Returns one plugin. */
    public PluginInfo plugin(String pluginId) {
        return host.plugin(pluginId);
    }

    /**
     * Returns the (guarded) extensions of started plugins for an extension point.
     *
     * @param point the extension point
     * @param <T> its type
     * @return the extension instances
     */
    public <T> List<T> extensions(Class<T> point) {
        return host.extensions(point).stream().map(PluginExtension::extension).toList();
    }

    @Override
    public void close() {
        host.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
