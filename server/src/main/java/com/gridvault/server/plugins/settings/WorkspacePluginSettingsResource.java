package com.gridvault.server.plugins.settings;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.config.WorkspaceSettingsSpec;
import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plugin's settings for one workspace, such as the Excel bridge's autonomy level: readable by the
 * workspace's members, changed by organization owners and admins, checked by the plugin.
 */
@Path("workspaces/{workspaceId}/plugins/{pluginId}/settings")
@Tag(name = "plugins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspacePluginSettingsResource {

    @Inject
    TenantGuard guard;

    @Inject
    WorkspacePluginSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Reads a plugin's settings for the workspace (the plugin's defaults until an admin sets them)")
    public JsonObject get(@PathParam("workspaceId") String workspaceId, @PathParam("pluginId") String pluginId) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        return parse(settings.read(orgId, workspaceId, spec(pluginId)));
    }

    @PUT
    @Operation(
            summary =
                    "Replaces a plugin's settings for the workspace; the plugin checks them (400 names each invalid field)")
    public JsonObject put(
            @PathParam("workspaceId") String workspaceId, @PathParam("pluginId") String pluginId, String body) {
        String orgId = guard.workspace(workspaceId, "workspace:write");
        PluginExtension<WorkspaceSettingsSpec> spec = spec(pluginId);
        if (body == null || body.isBlank()) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST, "The request body is empty; send the settings as a JSON object");
        }
        String stored = settings.write(
                orgId, workspaceId, spec, body, caller.principal().userId());
        audit.record(AuditEvent.of(orgId, "workspace.plugin_settings.changed", Outcome.SUCCESS)
                .withTarget("workspace", workspaceId)
                .withDetail("plugin", pluginId)
                .withDetail("settings", stored));
        return parse(stored);
    }

    private PluginExtension<WorkspaceSettingsSpec> spec(String pluginId) {
        return settings.spec(pluginId)
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND,
                        "No started plugin '" + pluginId
                                + "' has workspace settings; GET /api/v1/admin/plugins lists plugins"));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
