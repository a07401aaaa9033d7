package com.gridvault.server.audit;

import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's audit trail, for its OWNERs and ADMINs ({@code audit:read}); others get 404 or 403. */
@Path("orgs/{orgId}/audit")
@Tag(name = "audit")
public class AuditResource {

    @Inject
    AuditRepository entries;

    @Inject
    TenantGuard guard;

    @GET
    @Produces({MediaType.APPLICATION_JSON, AuditResponses.CSV})
    @Operation(
            summary = "Lists an organization's audit entries, newest first",
            description = AuditResponses.LIST_DESCRIPTION)
    public Response list(
            @PathParam("orgId") String orgId,
            @QueryParam("action") @Pattern(regexp = AuditResponses.ACTION) String action,
            @QueryParam("actor") @Size(max = 254) String actor,
            @QueryParam("outcome") @Pattern(regexp = AuditResponses.OUTCOME) String outcome,
            @QueryParam("from") @Size(max = 64) String from,
            @QueryParam("to") @Size(max = 64) String to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Pattern(regexp = AuditResponses.CURSOR) String cursor,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = AuditResponses.FORMAT) String format) {
        guard.organization(orgId, "audit:read");
        return AuditResponses.list(
                entries, AuditEntry.chainOf(orgId), action, actor, outcome, from, to, limit, cursor, format);
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks the organization's audit hash chain and reports the first broken link")
    public ChainVerification verify(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "audit:read");
        return ChainVerifier.DEFAULT.verify(entries, AuditEntry.chainOf(orgId));
    }
}
