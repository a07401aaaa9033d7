package com.gridvault.server.audit;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.Problem;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.Page;
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

/** Builds audit listings once the caller is authorized for the chain; shared by the org and admin resources. */
final class AuditResponses {

    static final String CSV = "text/csv";
    static final String ACTION = "[a-z0-9_.]{1,98}(\\.\\*)?";
    static final String OUTCOME = "SUCCESS|FAILURE|DENIED";
    static final String CURSOR = "[0-9]{1,18}";
    static final String FORMAT = "json|csv";
    static final String LIST_DESCRIPTION = "format=json returns one page (limit/cursor; the cursor is a seq)."
            + " format=csv streams every entry matching the filters as RFC 4180 CSV (limit is ignored, cursor is"
            + " honoured). action takes an exact action or a prefix such as auth.*; actor an account id or name;"
            + " from (inclusive) and to (exclusive) ISO-8601 date-times.";
    private static final int EXPORT_PAGE = 500;

    private AuditResponses() {}

    static Response list(
            AuditRepository entries,
            String chain,
            String action,
            String actor,
            String outcome,
            String from,
            String to,
            int limit,
            String cursor,
            String format) {
        AuditQuery query = new AuditQuery(
                action, actor, outcome == null ? null : Outcome.valueOf(outcome), time("from", from), time("to", to));
        Long before = cursor == null ? null : Long.valueOf(cursor);
        if ("csv".equals(format)) {
            return Response.ok(export(entries, chain, query, before), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                    .build();
        }
        Page<AuditEntry> page =
                Page.of(entries.list(chain, query, before, limit + 1), limit, e -> Long.toString(e.seq()));
        return Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    /** Streams in pages, each read in its own short transaction, so a large export holds no locks. */
    private static StreamingOutput export(AuditRepository entries, String chain, AuditQuery query, Long before) {
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
