package com.gridvault.host.plugins;

import java.util.List;

/**
 * What the host knows about one installed (or rejected) plugin archive.
 *
 * @param id the plugin id, or the archive's file name when the archive has no readable id
 * @param version the plugin version, or null when unreadable
 * @param description the plugin's description, possibly empty
 * @param provider who built it, possibly empty
 * @param requires the plugin API range it declares
 * @param status its state
 * @param failureReason why it is FAILED (or why the last extension call failed), else null
 * @param extensions the extensions it contributes
 * @param archive the archive's file name in the plugins folder
 */
public record PluginInfo(
        String id,
        String version,
        String description,
        String provider,
        String requires,
        PluginStatus status,
        String failureReason,
        List<ExtensionInfo> extensions,
        String archive) {

    /** Copies the extension list. */
    public PluginInfo {
        extensions = List.copyOf(extensions);
    }
}
