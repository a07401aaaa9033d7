package com.gridvault.server.ai;

import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.HealthStatus;
import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.QueryParams;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's AI endpoints, routing, budget and usage. */
@Path("orgs/{orgId}/ai")
@Tag(name = "ai")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationAiResource {

    /**
     * A new AI endpoint.
     *
     * @param name the organization's name for it (letters, digits, dots, dashes)
     * @param providerId the provider type, e.g. {@code openai-compatible}, {@code anthropic}, {@code gemini}
     * @param settings the provider's settings by name (see GET /api/v1/ai/provider-types); secret ones
     *     (API keys) are sealed and never shown again
     * @param inputPricePerMillion price per million prompt tokens, for cost and budgets
     * @param outputPricePerMillion price per million completion tokens
     */
    public record NewProvider(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String name,
            @NotBlank @Size(max = 64) String providerId,
            @Size(max = 50) Map<@Size(max = 100) String, @Size(max = 4000) String> settings,
            @DecimalMin("0") BigDecimal inputPricePerMillion,
            @DecimalMin("0") BigDecimal outputPricePerMillion) {}

    /** One step of a routing chain: an endpoint and optionally the model to ask for. */
    public record Route(@NotBlank @Size(max = 36) String providerConfigId, @Size(max = 200) String model) {}

    /** The chain for a task kind: primary first, then fallbacks. */
    public record Chain(@NotEmpty @Size(max = 10) List<@Valid @NotNull Route> chain) {}

    @Inject
    TenantGuard guard;

    @Inject
    AiProviders providers;

    @Inject
    AiSettingsRepository settings;

    @Inject
    AuditLog audit;

    @GET
    @Path("providers")
    @Operation(summary = "Lists the organization's AI endpoints (secret settings by name only)")
    public List<ProviderConfigView> list(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "ai:manage");
        return settings.configs(orgId).stream().map(ProviderConfigView::of).toList();
    }

    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an AI endpoint; its settings are checked by the provider plugin first")
    public Response create(@PathParam("orgId") String orgId, @Valid @NotNull NewProvider request) {
        guard.organization(orgId, "ai:manage");
        StoredProviderConfig created = providers.create(
                orgId,
                request.name(),
                request.providerId(),
                request.settings() == null ? Map.of() : request.settings(),
                request.inputPricePerMillion(),
                request.outputPricePerMillion());
        audit.record(AuditEvent.of(orgId, "ai.provider.added", Outcome.SUCCESS)
                .withTarget("ai_provider", created.id())
                .withDetail("providerId", created.providerId())
                .withDetail("name", created.name()));
        return Response.status(Response.Status.CREATED)
                .entity(ProviderConfigView.of(created))
                .build();
    }

    @DELETE
    @Path("providers/{configId}")
    @Operation(summary = "Removes an AI endpoint")
    public Response delete(@PathParam("orgId") String orgId, @PathParam("configId") String configId) {
        guard.organization(orgId, "ai:manage");
        if (!providers.delete(orgId, configId)) {
            throw notFound(configId);
        }
        audit.record(
                AuditEvent.of(orgId, "ai.provider.removed", Outcome.SUCCESS).withTarget("ai_provider", configId));
        return Response.noContent().build();
    }

    @POST
    @Path("providers/{configId}/test")
    @Operation(summary = "Tests an AI endpoint: reachable, credentials accepted, models listed")
    public HealthStatus test(@PathParam("orgId") String orgId, @PathParam("configId") String configId) {
        guard.organization(orgId, "ai:manage");
        return providers
                .connection(orgId, configId)
                .orElseThrow(() -> notFound(configId))
                .health();
    }

    @GET
    @Path("routing/{taskKind}")
    @Operation(summary = "Returns the endpoint chain used for a task kind (chat, formula, code, summarize, extract)")
    public Chain routing(@PathParam("orgId") String orgId, @PathParam("taskKind") String taskKind) {
        guard.organization(orgId, "ai:manage");
        TaskKind kind = kind(taskKind);
        return new Chain(settings.chain(orgId, kind).orElse(List.of()).stream()
                .map(e -> new Route(e.getKey(), e.getValue().isBlank() ? null : e.getValue()))
                .toList());
    }

    @PUT
    @Path("routing/{taskKind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the endpoint chain for a task kind: the first answers, the others are fallbacks")
    public Chain putRouting(
            @PathParam("orgId") String orgId, @PathParam("taskKind") String taskKind, @Valid @NotNull Chain chain) {
        guard.organization(orgId, "ai:manage");
        TaskKind kind = kind(taskKind);
        for (Route route : chain.chain()) {
            if (settings.config(orgId, route.providerConfigId()).isEmpty()) {
                throw new ApiException(
                        ProblemType.BAD_REQUEST,
                        "No AI endpoint with id '" + route.providerConfigId() + "' in this organization");
            }
        }
        settings.putChain(
                orgId,
                kind,
                chain.chain().stream()
                        .map(r -> Map.entry(r.providerConfigId(), r.model() == null ? "" : r.model()))
                        .toList());
        audit.record(AuditEvent.of(orgId, "ai.routing.changed", Outcome.SUCCESS).withDetail("taskKind", kind.name()));
        return chain;
    }

    @GET
    @Path("budget")
    @Operation(summary = "Returns the monthly AI budget (zeros and nulls mean no limit)")
    public AiBudgetView budget(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "ai:manage");
        return settings.budget(orgId).orElse(new AiBudgetView(0, 0, null, null));
    }

    @PUT
    @Path("budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the monthly AI budget: soft limits warn, hard limits stop calls until the month ends")
    public AiBudgetView putBudget(@PathParam("orgId") String orgId, @Valid @NotNull AiBudgetView budget) {
        guard.organization(orgId, "ai:manage");
        settings.putBudget(orgId, budget);
        audit.record(AuditEvent.of(orgId, "ai.budget.changed", Outcome.SUCCESS));
        return budget;
    }

    @GET
    @Path("usage")
    @Operation(summary = "Token usage and cost per user, endpoint, model and task kind; default: this month")
    public AiUsageView usage(
            @PathParam("orgId") String orgId,
            @QueryParam("from") @Size(max = 40) String from,
            @QueryParam("to") @Size(max = 40) String to) {
        guard.organization(orgId, "ai:manage");
        Instant end = instant("to", to, Instant.now());
        Instant start = instant(
                "from",
                from,
                java.time.LocalDate.now(ZoneOffset.UTC)
                        .withDayOfMonth(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
        if (!start.isBefore(end)) {
            throw new ApiException(ProblemType.BAD_REQUEST, "'from' must be before 'to'");
        }
        return AiUsageView.of(start, end, settings.usage(orgId, start, end));
    }

    private static TaskKind kind(String value) {
        return QueryParams.enumValue("taskKind", value, TaskKind.class);
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST,
                    "Query parameter '" + name + "' must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }

    private static ApiException notFound(String configId) {
        return new ApiException(
                ProblemType.NOT_FOUND,
                "No AI endpoint with id '" + com.gridvault.server.errors.Problems.clip(configId) + "'");
    }
}
