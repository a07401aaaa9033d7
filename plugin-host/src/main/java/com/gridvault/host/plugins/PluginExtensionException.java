package com.gridvault.host.plugins;

/** An extension threw something its extension point does not declare; the plugin is to blame. */
public class PluginExtensionException extends PluginHostException {

    private static final long serialVersionUID = 1L;

    private final String pluginId;

    public PluginExtensionException(String pluginId, String message, Throwable cause) {
        super(message, cause);
        this.pluginId = pluginId;
    }

    /** Returns the id of the plugin whose extension failed. */
    public String pluginId() {
        return pluginId;
    }
}
