package com.gridvault.server.secrets;

import com.gridvault.server.auth.RequiresPermission;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Write-only management of plugins' secrets: values go in, only names come out. */
@Path("admin/plugins/{pluginId}/secrets")
@Tag(name = "admin: plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginSecretResource {

    /** A secret value. */
    public record SecretValue(@NotNull @Size(min = 1, max = 4096) String value) {}

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    PluginSecrets secrets;

    @GET
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Lists the names of a plugin's stored secrets (never their values)")
    public List<String> names(@PathParam("pluginId") String pluginId) {
        return secrets.names(pluginId);
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Stores (or replaces) a plugin secret, encrypted at rest")
    public Response put(
            @PathParam("pluginId") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}") String pluginId,
            @PathParam("name") @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,99}") String name,
            @Valid @NotNull SecretValue value) {
        secrets.put(pluginId, name, value.value());
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "plugin.secret_set", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("plugin", pluginId)
                .withDetail("name", name));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{name}")
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Deletes a plugin secret")
    public Response delete(@PathParam("pluginId") String pluginId, @PathParam("name") String name) {
        if (!secrets.delete(pluginId, name)) {
            throw new ApiException(
                    ProblemType.NOT_FOUND, "Plugin '" + pluginId + "' has no secret named '" + name + "'");
        }
        return Response.noContent().build();
    }
}
