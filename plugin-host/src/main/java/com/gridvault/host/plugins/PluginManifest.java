package com.gridvault.host.plugins;

/**
 * The descriptor read from a plugin archive ({@code META-INF/MANIFEST.MF} of a jar, or {@code
 * plugin.properties} of a zip).
 *
 * @param id {@code Plugin-Id}
 * @param version {@code Plugin-Version}
 * @param pluginClass {@code Plugin-Class}, or null for plugins without a lifecycle class
 * @param requires {@code Plugin-Requires}, the plugin API range
 * @param provider {@code Plugin-Provider}, possibly empty
 * @param description {@code Plugin-Description}, possibly empty
 */
public record PluginManifest(
        String id, String version, String pluginClass, String requires, String provider, String description) {}
