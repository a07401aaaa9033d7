package com.gridvault.host.plugins;

/** No installed plugin has the given id. */
public class UnknownPluginException extends PluginHostException {

    private static final long serialVersionUID = 1L;

    public UnknownPluginException(String pluginId) {
        super("No plugin with id '" + pluginId + "' is installed");
    }
}
