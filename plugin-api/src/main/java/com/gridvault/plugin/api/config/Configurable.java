package com.gridvault.plugin.api.config;

import java.util.List;

/**
 * Implemented by extensions that have settings, so the host can list, render and validate them.
 */
public interface Configurable {

    /**
     * Describes every setting this extension reads. The list is fixed for a given plugin version.
     *
     * @return the setting descriptions, in the order a form should show them
     */
    List<ConfigOption> configOptions();
}
