package com.gridvault.host.plugins;

import com.gridvault.plugin.api.PluginApi;
import com.gridvault.plugin.api.PluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * PF4J's default manager with Gridvault's rules: archives are inspected before loading, the system
 * version is the plugin API version, and extensions are created by {@link ContextAwareExtensionFactory}.
 *
 * <p>PF4J calls the {@code create*} factory methods from its own constructor, before this class's
 * fields are assigned, so they may only capture {@code this}, never read fields.
 */
final class GridvaultPluginManager extends DefaultPluginManager {

    private final PluginArchiveInspector inspector;
    private final Function<String, PluginContext> contexts;
    private final Map<Path, String> rejected = new ConcurrentHashMap<>();

    GridvaultPluginManager(
            Path pluginsRoot, PluginArchiveInspector inspector, Function<String, PluginContext> contexts) {
        super(List.of(pluginsRoot));
        this.inspector = inspector;
        this.contexts = contexts;
        setSystemVersion(PluginApi.version());
        setExactVersionAllowed(false);
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ContextAwareExtensionFactory(this);
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        if (Files.isRegularFile(pluginPath)) {
            try {
                inspector.inspect(pluginPath);
            } catch (PluginRejectedException e) {
                rejected.put(pluginPath, e.getMessage());
                throw new PluginRuntimeException(e.getMessage());
            }
        }
        rejected.remove(pluginPath);
        return super.loadPluginFromPath(pluginPath);
    }

    PluginContext contextFor(String pluginId) {
        return contexts.apply(pluginId);
    }

    /** Archives in the plugins folder that were refused at load time, with the reason. */
    Map<Path, String> rejectedArchives() {
        return Map.copyOf(rejected);
    }

    void forgetRejected(Path archive) {
        rejected.remove(archive);
    }

    ContextAwareExtensionFactory contextAwareExtensionFactory() {
        return (ContextAwareExtensionFactory) getExtensionFactory();
    }
}
