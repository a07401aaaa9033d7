package com.gridvault.host.plugins;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Configuration of the plugin host.
 *
 * @param pluginsDirectory where plugin archives live; created when missing
 * @param maxArchiveBytes the largest archive accepted for installation
 * @param maxArchiveEntries the most entries an archive (including nested library jars) may have
 * @param maxUncompressedBytes the most bytes an archive may expand to, a guard against zip bombs
 */
public record PluginHostSettings(
        Path pluginsDirectory, long maxArchiveBytes, int maxArchiveEntries, long maxUncompressedBytes) {

    /** Validates the settings. */
    public PluginHostSettings {
        Objects.requireNonNull(pluginsDirectory, "pluginsDirectory");
        if (maxArchiveBytes <= 0 || maxArchiveEntries <= 0 || maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException("Plugin archive limits must be positive");
        }
    }

    /**
     * Settings with the appliance's default limits: 256 MiB archives, 20,000 entries, 1.25 GiB expanded.
     *
     * @param pluginsDirectory the plugins folder
     * @return the settings
     */
    public static PluginHostSettings defaults(Path pluginsDirectory) {
        return new PluginHostSettings(pluginsDirectory, 256L << 20, 20_000, 1280L << 20);
    }
}
