package com.gridvault.host.plugins;

/** A plugin archive cannot be installed or started; nothing was left behind. */
public class PluginRejectedException extends PluginHostException {

    private static final long serialVersionUID = 1L;

    public PluginRejectedException(String message) {
        super(message);
    }

    public PluginRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
