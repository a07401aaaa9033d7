package com.gridvault.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this plugin API build.
 *
 * <p>The API version is a semantic version separate from the product version. The host compares
 * it with each plugin's {@code Plugin-Requires} range (for example {@code >=1.0.0 & <2.0.0}) and
 * refuses plugins that need another major version.
 */
public final class PluginApi {

    private static final String VERSION = loadVersion();

    private PluginApi() {}

    /**
     * Returns the semantic version of this plugin API, for example {@code 1.0.0}.
     *
     * @return the API version, never null
     */
    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin API jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
