/**
 * The Gridvault plugin API: what a plugin may see of the appliance.
 *
 * <p>A plugin is a PF4J plugin whose extensions implement the extension points declared in the
 * sub-packages of this package ({@code model}, and later {@code ai}, {@code search}, ...). The host
 * hands each extension a {@link com.gridvault.plugin.api.PluginContext}: its configuration, its
 * secrets, a private data folder, an event publisher and a logger. Nothing here refers to server
 * types (JPA, JAX-RS, Shiro, Camel), so the API can evolve independently of the server's internals.
 *
 * <p>Compatibility is governed by {@link com.gridvault.plugin.api.PluginApi#version()}: a plugin
 * declares the API range it needs in its {@code Plugin-Requires} manifest header.
 */
package com.gridvault.plugin.api;
