/**
 * The plugin host: the only code in Gridvault that touches PF4J.
 *
 * <p>{@link com.gridvault.host.plugins.PluginHost} loads every archive in the plugins folder,
 * rejects archives that would misbehave (see {@link com.gridvault.host.plugins.PluginArchiveInspector}),
 * starts the rest, and hands out their extensions wrapped so that a failing extension is attributed
 * to its plugin instead of taking the caller down. It has no Jakarta EE dependency: the server wraps
 * it in a CDI bean, and the plugin test kit runs the very same host in plain JUnit.
 */
package com.gridvault.host.plugins;
