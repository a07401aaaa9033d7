package com.gridvault.host.plugins;

/** Root of the plugin host's exceptions. Messages are written for the operator who will read them. */
public class PluginHostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginHostException(String message) {
        super(message);
    }

    public PluginHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
