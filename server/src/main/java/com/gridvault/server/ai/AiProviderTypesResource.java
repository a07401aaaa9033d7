package com.gridvault.server.ai;

import com.gridvault.plugin.api.config.ConfigOption;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The AI provider types the installed plugins offer, with the settings each needs. */
@Path("ai/provider-types")
@Tag(name = "ai")
@Produces(MediaType.APPLICATION_JSON)
public class AiProviderTypesResource {

    /** A provider type and its settings. */
    public record ProviderType(String id, String displayName, List<ConfigOption> settings) {}

    @Inject
    AiProviders providers;

    @GET
    @Operation(summary = "Lists the AI provider types and the settings each needs (secret ones are marked)")
    public List<ProviderType> list() {
        return providers.types().stream()
                .map(p -> new ProviderType(p.id(), p.displayName(), p.configOptions()))
                .toList();
    }
}
