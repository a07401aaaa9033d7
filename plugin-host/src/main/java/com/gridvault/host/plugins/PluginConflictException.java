package com.gridvault.host.plugins;

/** The requested lifecycle change conflicts with the plugin's current state or an installed plugin. */
public class PluginConflictException extends PluginHostException {

    private static final long serialVersionUID = 1L;

    public PluginConflictException(String message) {
        super(message);
    }
}
