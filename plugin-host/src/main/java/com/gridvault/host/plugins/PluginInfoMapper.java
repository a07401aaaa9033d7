package com.gridvault.host.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Maps PF4J's view of a plugin to the operator's {@link PluginInfo}. */
final class PluginInfoMapper {

    private final GridvaultPluginManager manager;
    private final Map<String, String> extensionFailures;

    PluginInfoMapper(GridvaultPluginManager manager, Map<String, String> extensionFailures) {
        this.manager = manager;
        this.extensionFailures = extensionFailures;
    }

    PluginInfo toInfo(PluginWrapper plugin) {
        PluginDescriptor d = plugin.getDescriptor();
        PluginStatus status = status(plugin);
        String reason =
                status == PluginStatus.FAILED ? failureReason(plugin) : extensionFailures.get(plugin.getPluginId());
        return new PluginInfo(
                d.getPluginId(),
                d.getVersion(),
                nullToEmpty(d.getPluginDescription()),
                nullToEmpty(d.getProvider()),
                d.getRequires(),
                status,
                reason,
                extensions(plugin),
                plugin.getPluginPath().getFileName().toString());
    }

    static PluginInfo rejected(Path archive, String reason) {
        String name = archive.getFileName().toString();
        return new PluginInfo(name, null, "", "", null, PluginStatus.FAILED, reason, List.of(), name);
    }

    private List<ExtensionInfo> extensions(PluginWrapper plugin) {
        if (plugin.getPluginState() != PluginState.STARTED) {
            return List.of();
        }
        return manager.getExtensionClassNames(plugin.getPluginId()).stream()
                .sorted()
                .map(className -> new ExtensionInfo(extensionPoint(plugin, className), className))
                .toList();
    }

    private static String extensionPoint(PluginWrapper plugin, String className) {
        try {
            Class<?> type = plugin.getPluginClassLoader().loadClass(className);
            for (Class<?> candidate : type.getInterfaces()) {
                if (org.pf4j.ExtensionPoint.class.isAssignableFrom(candidate)) {
                    return candidate.getSimpleName();
                }
            }
            return "unknown";
        } catch (ClassNotFoundException | LinkageError e) {
            return "unloadable";
        }
    }

    private static PluginStatus status(PluginWrapper plugin) {
        return switch (plugin.getPluginState()) {
            case STARTED -> PluginStatus.STARTED;
            case FAILED -> PluginStatus.FAILED;
            case DISABLED -> plugin.getFailedException() == null ? PluginStatus.DISABLED : PluginStatus.FAILED;
            default -> PluginStatus.STOPPED;
        };
    }

    private static String failureReason(PluginWrapper plugin) {
        Throwable failure = plugin.getFailedException();
        if (failure instanceof PluginHostException) {
            return failure.getMessage();
        }
        return "Plugin '" + plugin.getPluginId() + "' failed: " + Failures.describe(failure);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
