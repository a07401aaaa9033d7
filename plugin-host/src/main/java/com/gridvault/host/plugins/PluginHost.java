package com.gridvault.host.plugins;

import com.gridvault.plugin.api.PluginApi;
import com.gridvault.plugin.api.PluginContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Runs the appliance's plugins: load at start, install/enable/disable/uninstall at run time, and
 * extensions for the rest of the server.
 *
 * <p>Every lifecycle change takes the write lock; listing plugins and looking up extensions take the
 * read lock, so a request never sees a half-installed plugin. Nothing a plugin does — a corrupt
 * archive, a throwing constructor, a failing start — escapes as anything but a {@link PluginInfo}
 * in state {@link PluginStatus#FAILED} or a {@link PluginHostException} with a readable message.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = System.getLogger(PluginHost.class.getName());

    private final PluginHostSettings settings;
    private final PluginArchiveInspector inspector;
    private final GridvaultPluginManager manager;
    private final PluginInfoMapper mapper;
    private final Map<String, PluginContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, String> extensionFailures = new ConcurrentHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * Creates a host over a plugins folder; nothing is loaded until {@link #start()}.
     *
     * @param settings the folder and archive limits
     * @param contextFactory creates each plugin's context on first use
     */
    public PluginHost(PluginHostSettings settings, PluginContextFactory contextFactory) {
        this.settings = settings;
        try {
            Files.createDirectories(settings.pluginsDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the plugins folder " + settings.pluginsDirectory(), e);
        }
        this.inspector = new PluginArchiveInspector(settings, PluginApi.version());
        this.manager = new GridvaultPluginManager(
                settings.pluginsDirectory(), inspector, id -> contexts.computeIfAbsent(id, contextFactory::create));
        this.mapper = new PluginInfoMapper(manager, extensionFailures);
    }

    /** Loads and starts every plugin in the folder; failures are recorded, never thrown. */
    public void start() {
        write(() -> {
            manager.loadPlugins();
            manager.startPlugins();
            for (PluginWrapper plugin : manager.getStartedPlugins()) {
                instantiateExtensions(plugin);
            }
            return null;
        });
        List<PluginInfo> all = plugins();
        long started =
                all.stream().filter(p -> p.status() == PluginStatus.STARTED).count();
        LOG.log(
                Level.INFO,
                "Plugin host started with plugin API {0}: {1} of {2} plugins running from {3}",
                PluginApi.version(),
                started,
                all.size(),
                settings.pluginsDirectory());
        all.stream()
                .filter(p -> p.status() == PluginStatus.FAILED)
                .forEach(p -> LOG.log(Level.WARNING, "Plugin ''{0}'' is FAILED: {1}", p.id(), p.failureReason()));
    }

    /** Returns every installed plugin and every rejected archive, ordered by id. */
    public List<PluginInfo> plugins() {
        return read(() -> {
            List<PluginInfo> result = new ArrayList<>();
            manager.getPlugins().forEach(w -> result.add(mapper.toInfo(w)));
            manager.rejectedArchives().forEach((path, reason) -> result.add(PluginInfoMapper.rejected(path, reason)));
            result.sort(Comparator.comparing(PluginInfo::id));
            return List.copyOf(result);
        });
    }

    /**
     * Returns one plugin.
     *
     * @param pluginId the plugin id
     * @return its info
     * @throws UnknownPluginException when no such plugin is installed
     */
    public PluginInfo plugin(String pluginId) {
        return read(() -> mapper.toInfo(require(pluginId)));
    }

    /**
     * Installs and starts a plugin archive. On any failure nothing stays behind: the archive is not
     * in the plugins folder and no half-loaded plugin remains.
     *
     * @param upload the archive, anywhere on disk; it is copied, not moved
     * @return the started plugin
     * @throws PluginRejectedException when the archive is invalid or the plugin fails to start
     * @throws PluginConflictException when a plugin with the same id is installed
     */
    public PluginInfo install(Path upload) {
        return install(upload, upload.getFileName().toString());
    }

    /**
     * Installs an archive, naming it in messages as the operator knows it (e.g. the uploaded file name).
     *
     * @param upload the archive on disk; it is copied, not moved
     * @param displayName what to call the archive in messages
     * @return the started plugin
     */
    public PluginInfo install(Path upload, String displayName) {
        PluginManifest manifest = inspector.inspect(upload, displayName);
        return write(() -> {
            PluginWrapper existing = manager.getPlugin(manifest.id());
            if (existing != null) {
                throw new PluginConflictException("Plugin '" + manifest.id() + "' "
                        + existing.getDescriptor().getVersion()
                        + " is already installed; uninstall it before installing version " + manifest.version());
            }
            String extension = PluginArchiveInspector.isZipLayout(upload) ? ".zip" : ".jar";
            Path target = settings.pluginsDirectory().resolve(manifest.id() + "-" + manifest.version() + extension);
            copyAtomically(upload, target);
            String pluginId = null;
            try {
                pluginId = manager.loadPlugin(target);
                PluginState state = manager.startPlugin(pluginId);
                PluginWrapper plugin = manager.getPlugin(pluginId);
                if (state != PluginState.STARTED) {
                    throw new PluginRejectedException("Plugin '" + pluginId + "' could not start: "
                            + Failures.describe(plugin.getFailedException()) + ". It was not installed.");
                }
                instantiateExtensions(plugin);
                if (plugin.getPluginState() != PluginState.STARTED) {
                    throw new PluginRejectedException(
                            plugin.getFailedException().getMessage() + ". It was not installed.");
                }
                LOG.log(Level.INFO, "Installed plugin ''{0}'' {1}", pluginId, manifest.version());
                return mapper.toInfo(plugin);
            } catch (PluginRuntimeException e) {
                rollBack(pluginId, target);
                throw new PluginRejectedException(
                        "Plugin '" + manifest.id() + "' could not be loaded: " + Failures.describe(e)
                                + ". It was not installed.",
                        e);
            } catch (RuntimeException e) {
                rollBack(pluginId, target);
                throw e;
            }
        });
    }

    /**
     * Enables a disabled plugin and starts it; kept enabled across restarts.
     *
     * @param pluginId the plugin id
     * @return the plugin after the change
     */
    public PluginInfo enable(String pluginId) {
        return write(() -> {
            PluginWrapper plugin = require(pluginId);
            if (plugin.getPluginState() == PluginState.DISABLED) {
                manager.enablePlugin(pluginId);
            }
            if (plugin.getPluginState() != PluginState.STARTED) {
                extensionFailures.remove(pluginId);
                manager.startPlugin(pluginId);
                if (plugin.getPluginState() == PluginState.STARTED) {
                    instantiateExtensions(plugin);
                }
            }
            return mapper.toInfo(plugin);
        });
    }

    /**
     * Stops and disables a plugin; it stays installed and disabled across restarts.
     *
     * @param pluginId the plugin id
     * @return the plugin after the change
     */
    public PluginInfo disable(String pluginId) {
        return write(() -> {
            PluginWrapper plugin = require(pluginId);
            if (plugin.getPluginState() != PluginState.DISABLED) {
                manager.disablePlugin(pluginId);
                manager.contextAwareExtensionFactory().forget(plugin.getPluginClassLoader());
            }
            return mapper.toInfo(plugin);
        });
    }

    /**
     * Stops, unloads and deletes a plugin, or deletes a rejected archive named by its file name.
     *
     * @param pluginId the plugin id (or rejected archive name)
     */
    public void uninstall(String pluginId) {
        write(() -> {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            if (plugin == null) {
                Path rejected = rejectedArchive(pluginId);
                deleteQuietly(rejected);
                manager.forgetRejected(rejected);
                return null;
            }
            manager.contextAwareExtensionFactory().forget(plugin.getPluginClassLoader());
            if (!manager.deletePlugin(pluginId)) {
                throw new PluginHostException(
                        "Plugin '" + pluginId + "' could not be deleted from " + plugin.getPluginPath());
            }
            extensionFailures.remove(pluginId);
            contexts.remove(pluginId);
            LOG.log(Level.INFO, "Uninstalled plugin ''{0}''", pluginId);
            return null;
        });
    }

    /**
     * Returns the extensions of started plugins for an extension point, each guarded so that an
     * unexpected exception names its plugin. Extensions that cannot be created mark their plugin FAILED.
     *
     * @param point the extension point interface
     * @param <T> the extension point type
     * @return the extensions, with the plugin that contributed each
     */
    public <T> List<PluginExtension<T>> extensions(Class<T> point) {
        return read(() -> {
            List<PluginExtension<T>> result = new ArrayList<>();
            for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
                if (plugin.getPluginState() != PluginState.STARTED) {
                    continue;
                }
                for (Class<? extends T> type : manager.getExtensionClasses(point, plugin.getPluginId())) {
                    T instance = createOrFail(plugin, type);
                    if (instance == null) {
                        break;
                    }
                    String id = plugin.getPluginId();
                    T guarded = ExtensionGuard.guard(
                            point,
                            instance,
                            id,
                            plugin.getPluginClassLoader(),
                            failure ->
                                    extensionFailures.put(id, "Last extension failure: " + Failures.describe(failure)));
                    result.add(new PluginExtension<>(id, plugin.getDescriptor().getVersion(), guarded));
                }
            }
            return List.copyOf(result);
        });
    }

    /** Stops every plugin (from a copy of the started list, see pf4j#656) and unloads them. */
    @Override
    public void close() {
        write(() -> {
            for (PluginWrapper plugin : new ArrayList<>(manager.getStartedPlugins())) {
                try {
                    manager.stopPlugin(plugin.getPluginId());
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Plugin ''{0}'' failed to stop cleanly: {1}",
                            plugin.getPluginId(),
                            Failures.describe(e));
                }
            }
            manager.unloadPlugins();
            return null;
        });
    }

    private void instantiateExtensions(PluginWrapper plugin) {
        for (String className : manager.getExtensionClassNames(plugin.getPluginId())) {
            try {
                Class<?> type = plugin.getPluginClassLoader().loadClass(className);
                if (createOrFail(plugin, type) == null) {
                    return;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                markFailed(
                        plugin,
                        new PluginExtensionException(
                                plugin.getPluginId(),
                                "Plugin '" + plugin.getPluginId() + "' lists extension " + className
                                        + " but it cannot be loaded: " + Failures.describe(e),
                                e));
                return;
            }
        }
    }

    private <T> T createOrFail(PluginWrapper plugin, Class<T> type) {
        try {
            return manager.getExtensionFactory().create(type);
        } catch (PluginExtensionException e) {
            markFailed(plugin, e);
            return null;
        }
    }

    private void markFailed(PluginWrapper plugin, RuntimeException reason) {
        LOG.log(Level.WARNING, reason.getMessage());
        plugin.setFailedException(reason);
        plugin.setPluginState(PluginState.FAILED);
    }

    private PluginWrapper require(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new UnknownPluginException(pluginId);
        }
        return plugin;
    }

    private Path rejectedArchive(String name) {
        return manager.rejectedArchives().keySet().stream()
                .filter(p -> p.getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownPluginException(name));
    }

    private void rollBack(String pluginId, Path target) {
        if (pluginId != null && manager.getPlugin(pluginId) != null) {
            try {
                manager.contextAwareExtensionFactory()
                        .forget(manager.getPlugin(pluginId).getPluginClassLoader());
                manager.unloadPlugin(pluginId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Unloading rejected plugin ''{0}'' failed: {1}", pluginId, Failures.describe(e));
            }
        }
        deleteQuietly(target);
        manager.forgetRejected(target);
        if (pluginId != null) {
            contexts.remove(pluginId);
            extensionFailures.remove(pluginId);
        }
    }

    private static void copyAtomically(Path source, Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Could not write the plugin archive to " + target, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete {0}: {1}", path, e.getMessage());
        }
    }

    private <R> R read(Supplier<R> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <R> R write(Supplier<R> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
