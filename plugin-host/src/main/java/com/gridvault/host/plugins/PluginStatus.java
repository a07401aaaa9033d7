package com.gridvault.host.plugins;

/** The state of an installed plugin as the operator sees it. */
public enum PluginStatus {
    /** Loaded and running; its extensions are in use. */
    STARTED,
    /** Loaded but not running (stopped, or waiting for a dependency). */
    STOPPED,
    /** Switched off by the operator; kept across restarts until enabled again. */
    DISABLED,
    /** Could not be loaded, validated or started; see the failure reason. */
    FAILED
}
