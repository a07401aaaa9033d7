/**
 * Plugin settings per workspace: stored JSON that each plugin's {@link
 * com.gridvault.plugin.api.config.WorkspaceSettingsSpec} checks, edited by organization admins over
 * REST and read by the plugin through {@link com.gridvault.plugin.api.realtime.WorkspaceAccess}.
 */
package com.gridvault.server.plugins.settings;
