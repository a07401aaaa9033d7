package com.gridvault.server.plugins;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.server.auth.RequiresPermission;
import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plugin lifecycle at run time, for appliance administrators: list, install, enable, disable, uninstall. */
@Path("admin/plugins")
@Tag(name = "admin: plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginAdminResource {

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    PluginRuntime runtime;

    @Inject
    ApplianceSettings settings;

    @GET
    @RequiresPermission("plugins:read")
    @Operation(summary = "Lists installed plugins with state, extensions and failure reason")
    public List<PluginInfo> list() {
        return runtime.host().plugins();
    }

    @GET
    @Path("{pluginId}")
    @RequiresPermission("plugins:read")
    @Operation(summary = "Returns one plugin")
    public PluginInfo get(@PathParam("pluginId") String pluginId) {
        return runtime.host().plugin(pluginId);
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/java-archive", "application/zip"})
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Installs and starts a plugin archive sent as the request body")
    public Response installRaw(InputStream body, @jakarta.ws.rs.core.Context UriInfo uri) {
        return install(body, "the uploaded archive", uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Installs and starts a plugin archive sent as the multipart field 'file'")
    public Response installMultipart(List<EntityPart> parts, @jakarta.ws.rs.core.Context UriInfo uri)
            throws IOException {
        EntityPart file = parts.stream()
                .filter(p -> p.getName().equals("file"))
                .findFirst()
                .orElseThrow(() ->
                        new ApiException(ProblemType.BAD_REQUEST, "The multipart request has no part named 'file'"));
        String name = file.getFileName().map(PluginAdminResource::safeName).orElse("the uploaded archive");
        try (InputStream content = file.getContent()) {
            return install(content, name, uri);
        }
    }

    @POST
    @Path("{pluginId}/enable")
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Enables and starts a plugin; it stays enabled across restarts")
    public PluginInfo enable(@PathParam("pluginId") String pluginId) {
        PluginInfo changed = runtime.host().enable(pluginId);
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "plugin.enabled", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("plugin", pluginId));
        return changed;
    }

    @POST
    @Path("{pluginId}/disable")
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Stops and disables a plugin; it stays disabled across restarts")
    public PluginInfo disable(@PathParam("pluginId") String pluginId) {
        PluginInfo changed = runtime.host().disable(pluginId);
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "plugin.disabled", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("plugin", pluginId));
        return changed;
    }

    @DELETE
    @Path("{pluginId}")
    @RequiresPermission("plugins:manage")
    @Operation(summary = "Stops, unloads and deletes a plugin")
    public Response uninstall(@PathParam("pluginId") String pluginId) {
        runtime.host().uninstall(pluginId);
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "plugin.uninstalled", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("plugin", pluginId));
        return Response.noContent().build();
    }

    /** Keeps a client-supplied file name printable and path-free before it appears in messages. */
    static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        return base.isBlank() ? "the uploaded archive" : base.substring(0, Math.min(base.length(), 120));
    }

    private Response install(InputStream body, String name, UriInfo uri) {
        java.nio.file.Path upload = null;
        try {
            Files.createDirectories(settings.temporaryDirectory());
            upload = Files.createTempFile(settings.temporaryDirectory(), "plugin-upload-", ".bin");
            long size = Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw new ApiException(ProblemType.BAD_REQUEST, "The request body is empty; send the plugin archive");
            }
            PluginInfo installed;
            try {
                installed = runtime.host().install(upload, name);
            } catch (RuntimeException e) {
                audit.record(com.gridvault.server.audit.AuditEvent.of(
                                null, "plugin.installed", com.gridvault.server.audit.Outcome.FAILURE)
                        .withTarget("plugin", name)
                        .withDetail("reason", e.getMessage()));
                throw e;
            }
            audit.record(com.gridvault.server.audit.AuditEvent.of(
                            null, "plugin.installed", com.gridvault.server.audit.Outcome.SUCCESS)
                    .withTarget("plugin", installed.id())
                    .withDetail("version", installed.version()));
            return Response.created(
                            uri.getAbsolutePathBuilder().path(installed.id()).build())
                    .entity(installed)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (upload != null) {
                upload.toFile().delete();
            }
        }
    }
}
