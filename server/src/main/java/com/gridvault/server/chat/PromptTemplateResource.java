package com.gridvault.server.chat;

import com.gridvault.ai.assistant.prompt.InvalidTemplateException;
import com.gridvault.ai.assistant.prompt.PromptTemplate;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organization's prompt templates: the built-in version 0 and its own versions; every answer
 * records the template and version it used.
 */
@Path("orgs/{orgId}/ai/prompts")
@Tag(name = "ai")
@Produces(MediaType.APPLICATION_JSON)
public class PromptTemplateResource {

    /** A new version: the system part (no placeholders) and the user part with the template's placeholders. */
    public record NewVersion(@NotNull @Size(max = 20_000) String system, @NotNull @Size(max = 20_000) String user) {}

    /** Which version is active. */
    public record Active(@Min(0) int version) {}

    /** A template's versions and the active one. */
    public record Versions(String templateId, int activeVersion, List<PromptTemplate> versions) {}

    @Inject
    TenantGuard guard;

    @Inject
    PromptTemplates templates;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Lists the prompt templates with their active versions")
    public List<Versions> list(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "ai:manage");
        return PromptTemplates.specs().keySet().stream()
                .sorted()
                .map(id -> versions(orgId, id))
                .toList();
    }

    @GET
    @Path("{templateId}")
    @Operation(summary = "Lists a template's versions (0 = built in) and which one is active")
    public Versions get(@PathParam("orgId") String orgId, @PathParam("templateId") String templateId) {
        guard.organization(orgId, "ai:manage");
        return checked(() -> versions(orgId, templateId));
    }

    @POST
    @Path("{templateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a new version of a template, which becomes active; placeholders are checked")
    public Response save(
            @PathParam("orgId") String orgId,
            @PathParam("templateId") String templateId,
            @Valid @NotNull NewVersion request) {
        guard.organization(orgId, "ai:manage");
        PromptTemplate saved = checked(() -> templates.save(orgId, templateId, request.system(), request.user()));
        audit.record(AuditEvent.of(orgId, "ai.prompt.saved", Outcome.SUCCESS)
                .withTarget("prompt_template", templateId)
                .withDetail("version", Integer.toString(saved.version())));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @PUT
    @Path("{templateId}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes a version active (0 = back to the built-in default)")
    public Versions activate(
            @PathParam("orgId") String orgId,
            @PathParam("templateId") String templateId,
            @Valid @NotNull Active request) {
        guard.organization(orgId, "ai:manage");
        checked(() -> {
            templates.activate(orgId, templateId, request.version());
            return null;
        });
        audit.record(AuditEvent.of(orgId, "ai.prompt.activated", Outcome.SUCCESS)
                .withTarget("prompt_template", templateId)
                .withDetail("version", Integer.toString(request.version())));
        return versions(orgId, templateId);
    }

    private Versions versions(String orgId, String templateId) {
        return new Versions(
                templateId, templates.active(orgId, templateId).version(), templates.versions(orgId, templateId));
    }

    private static <T> T checked(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidTemplateException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, e.getMessage());
        }
    }
}
