package com.gridvault.server.auth.apikeys;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.Problem;
import com.gridvault.server.errors.ProblemType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own API keys. */
@Path("auth/api-keys")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    /**
     * A key to create.
     *
     * @param name a label for the owner
     * @param scopes {@code read} and/or {@code write}
     * @param expiresAt optional expiry, in the future
     */
    public record CreateKey(
            @NotBlank @Size(max = 200) String name, @NotEmpty List<@NotNull String> scopes, OffsetDateTime expiresAt) {}

    /**
     * The created key; {@code key} is shown only in this response.
     *
     * @param id the key id
     * @param name its label
     * @param prefix its visible prefix
     * @param scopes its scopes
     * @param expiresAt its expiry or null
     * @param key the full key
     */
    public record CreatedKey(
            String id, String name, String prefix, List<String> scopes, OffsetDateTime expiresAt, String key) {}

    @Inject
    com.gridvault.server.audit.AuditLog audit;

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an API key for the caller; the key is shown once")
    public Response create(@Valid @NotNull CreateKey request) {
        for (String scope : request.scopes()) {
            if (!ApiKeys.SCOPES.contains(scope)) {
                throw new ApiException(
                        ProblemType.VALIDATION,
                        "Unknown scope '" + scope + "'",
                        List.of(new Problem.FieldProblem("scopes", "each scope must be one of " + ApiKeys.SCOPES)));
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(OffsetDateTime.now())) {
            throw new ApiException(
                    ProblemType.VALIDATION,
                    "The expiry must be in the future",
                    List.of(new Problem.FieldProblem("expiresAt", "must be in the future")));
        }
        ApiKeys.Created created =
                keys.create(caller.principal().userId(), request.name(), request.scopes(), request.expiresAt());
        ApiKey key = created.key();
        audit.record(com.gridvault.server.audit.AuditEvent.of(
                        null, "auth.api_key_created", com.gridvault.server.audit.Outcome.SUCCESS)
                .withTarget("api_key", key.id()));
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedKey(
                        key.id(), key.name(), key.prefix(), key.scopes(), key.expiresAt(), created.secret()))
                .build();
    }

    @GET
    @Operation(summary = "Lists the caller's active API keys (never their secrets)")
    public List<ApiKey> list() {
        return keys.list(caller.principal().userId());
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Revokes one of the caller's API keys")
    public Response revoke(@PathParam("keyId") String keyId) {
        if (!keys.revoke(caller.principal().userId(), keyId)) {
            throw new ApiException(
                    ProblemType.NOT_FOUND,
                    "No API key with id '" + com.gridvault.server.errors.Problems.clip(keyId) + "'");
        }
        return Response.noContent().build();
    }
}
