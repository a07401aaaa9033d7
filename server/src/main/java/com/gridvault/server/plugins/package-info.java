/**
 * The server side of the plugin host: {@link com.gridvault.server.plugins.PluginRuntime} owns the
 * one {@code PluginHost}; {@link com.gridvault.server.plugins.ExtensionRegistry} is the only way
 * other features reach plugin extensions; the admin REST API manages the plugin lifecycle at run time.
 * Nothing else in the server refers to PF4J.
 */
package com.gridvault.server.plugins;
