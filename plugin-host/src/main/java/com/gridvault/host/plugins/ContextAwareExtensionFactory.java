package com.gridvault.host.plugins;

import com.gridvault.plugin.api.PluginContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginWrapper;

/**
 * Creates one instance per extension class, passing the plugin's {@link PluginContext} to a
 * constructor that takes it. Instances are dropped when their plugin stops, so a restarted plugin
 * gets fresh ones from its new class loader.
 */
final class ContextAwareExtensionFactory implements ExtensionFactory {

    private final GridvaultPluginManager manager;
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    ContextAwareExtensionFactory(GridvaultPluginManager manager) {
        this.manager = manager;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        return extensionClass.cast(instances.computeIfAbsent(extensionClass, this::instantiate));
    }

    void forget(ClassLoader pluginClassLoader) {
        instances.keySet().removeIf(type -> type.getClassLoader() == pluginClassLoader);
    }

    private Object instantiate(Class<?> type) {
        PluginWrapper plugin = manager.whichPlugin(type);
        String pluginId = plugin == null ? "(application)" : plugin.getPluginId();
        try {
            if (plugin != null) {
                Constructor<?> withContext = findContextConstructor(type);
                if (withContext != null) {
                    return withContext.newInstance(manager.contextFor(pluginId));
                }
            }
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new PluginExtensionException(
                    pluginId,
                    "Plugin '" + pluginId + "' failed to create its extension " + type.getName() + ": "
                            + Failures.describe(e.getCause()),
                    e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginExtensionException(
                    pluginId,
                    "Plugin '" + pluginId + "' has an extension " + type.getName() + " the host cannot create ("
                            + Failures.describe(e) + "); it needs a public constructor taking PluginContext or none",
                    e);
        }
    }

    private static Constructor<?> findContextConstructor(Class<?> type) {
        try {
            return type.getConstructor(PluginContext.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
