package com.gridvault.server.audit;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.Problem;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.Page;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's audit trail, for its OWNERs and ADMINs ({@code audit:read}). */
@Path("orgs/{orgId}/audit")
@Tag(name = "audit")
public class AuditResource {

    static final String CSV = "text/csv";
    private static final int EXPORT_PAGE = 500;

    @Inject
    AuditRepository entries;

    @Inject
    TenantGuard guard;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "Lists an organization's audit entries, newest first",
            description = "format=json returns one page (limit/cursor). format=csv streams every entry matching"
                    + " the filters (RFC 4180; limit is ignored, cursor is honoured).")
    public Response list(
            @PathParam("orgId") String orgId,
            @QueryParam("action") @Pattern(regexp = "[a-z0-9_.]{1,98}(\\.\\*)?") String action,
            @QueryParam("actor") @Size(max = 254) String actor,
            @QueryParam("outcome") @Pattern(regexp = "SUCCESS|FAILURE|DENIED") String outcome,
            @QueryParam("from") @Size(max = 64) String from,
            @QueryParam("to") @Size(max = 64) String to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Pattern(regexp = "[0-9]{1,18}") String cursor,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv") String format) {
        guard.organization(orgId, "audit:read");
        AuditQuery query = new AuditQuery(
                action, actor, outcome == null ? null : Outcome.valueOf(outcome), time("from", from), time("to", to));
        Long before = cursor == null ? null : Long.valueOf(cursor);
        String chain = AuditEntry.chainOf(orgId);
        if ("csv".equals(format)) {
            return Response.ok(export(chain, query, before), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                    .build();
        }
        Page<AuditEntry> page =
                Page.of(entries.list(chain, query, before, limit + 1), limit, e -> Long.toString(e.seq()));
        return Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks the organization's audit hash chain and reports the first broken link")
    public ChainVerification verify(@PathParam("orgId") String orgId) {
        guard.organization(orgId, "audit:read");
        return ChainVerifier.DEFAULT.verify(entries, AuditEntry.chainOf(orgId));
    }

    /** Streams in pages, each read in its own short transaction, so a large export holds no locks. */
    private StreamingOutput export(String chain, AuditQuery query, Long before) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            AuditCsv.writeHeader(out);
            Long next = before;
            while (true) {
                List<AuditEntry> page = entries.list(chain, query, next, EXPORT_PAGE);
                for (AuditEntry e : page) {
                    AuditCsv.writeEntry(out, e);
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                next = page.get(page.size() - 1).seq();
            }
            out.flush();
        };
    }

    private static Instant time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(
                    ProblemType.VALIDATION,
                    "The input has 1 invalid field(s)",
                    List.of(new Problem.FieldProblem(
                            field, "must be an ISO-8601 date-time such as 2026-01-31T00:00:00Z")));
        }
    }
}
