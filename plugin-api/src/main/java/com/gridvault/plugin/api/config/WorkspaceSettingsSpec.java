package com.gridvault.plugin.api.config;

import com.gridvault.plugin.api.validation.InvalidInputException;
import org.pf4j.ExtensionPoint;

/**
 * A plugin's settings per workspace, such as the Excel bridge's autonomy level. The host stores one
 * JSON object per workspace and plugin, edited by organization admins through {@code
 * /api/v1/workspaces/{workspaceId}/plugins/{pluginId}/settings}, and hands it back through {@code
 * WorkspaceAccess#settingsJson()}. A plugin contributes at most one.
 */
public interface WorkspaceSettingsSpec extends ExtensionPoint {

    /**
     * Returns the settings a workspace has before an admin changes them.
     *
     * @return a JSON object
     */
    String defaultsJson();

    /**
     * Checks settings an admin submitted and returns them in their stored form (defaults filled in,
     * unknown fields refused).
     *
     * @param json the submitted JSON
     * @return the JSON to store
     * @throws InvalidInputException naming each invalid field
     */
    String normalize(String json);
}
