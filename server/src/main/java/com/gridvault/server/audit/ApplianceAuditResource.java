package com.gridvault.server.audit;

import com.gridvault.server.auth.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The appliance-level audit chain (events without an organization: plugins, accounts, signing keys),
 * for appliance administrators. {@code audit:read} without an organization part is implied only by
 * {@code *}, never by an organization's {@code audit:read:<orgId>}.
 */
@Path("admin/audit")
@Tag(name = "audit")
@RequiresPermission("audit:read")
public class ApplianceAuditResource {

    @Inject
    AuditRepository entries;

    @GET
    @Produces({MediaType.APPLICATION_JSON, AuditResponses.CSV})
    @Operation(
            summary = "Lists appliance-level audit entries, newest first",
            description = AuditResponses.LIST_DESCRIPTION)
    public Response list(
            @QueryParam("action") @Pattern(regexp = AuditResponses.ACTION) String action,
            @QueryParam("actor") @Size(max = 254) String actor,
            @QueryParam("outcome") @Pattern(regexp = AuditResponses.OUTCOME) String outcome,
            @QueryParam("from") @Size(max = 64) String from,
            @QueryParam("to") @Size(max = 64) String to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Pattern(regexp = AuditResponses.CURSOR) String cursor,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = AuditResponses.FORMAT) String format) {
        return AuditResponses.list(
                entries, AuditEntry.APPLIANCE_CHAIN, action, actor, outcome, from, to, limit, cursor, format);
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks the appliance-level audit hash chain and reports the first broken link")
    public ChainVerification verify() {
        return ChainVerifier.DEFAULT.verify(entries, AuditEntry.APPLIANCE_CHAIN);
    }
}
