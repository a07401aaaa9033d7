package com.gridvault.server.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes audit entries as RFC 4180 CSV: CRLF line ends, a header row, and fields quoted when they
 * hold a comma, quote, CR or LF (quotes doubled). Cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or CR) get a leading apostrophe (OWASP "CSV injection"); the
 * JSON listing returns every value exactly as stored and is what to verify hashes against.
 */
public final class AuditCsv {

    static final List<String> HEADER = List.of(
            "seq",
            "occurred_at",
            "org_id",
            "actor_user_id",
            "actor_name",
            "action",
            "target_type",
            "target_id",
            "outcome",
            "ip",
            "request_id",
            "details",
            "prev_hash",
            "hash");

    private AuditCsv() {}

    public static void writeHeader(Writer out) throws IOException {
        writeRow(out, HEADER);
    }

    public static void writeEntry(Writer out, AuditEntry e) throws IOException {
        writeRow(
                out,
                java.util.Arrays.asList(
                        Long.toString(e.seq()),
                        e.occurredAt().toString(),
                        e.orgId(),
                        e.actorUserId(),
                        e.actorName(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.outcome().name(),
                        e.ip(),
                        e.requestId(),
                        e.details(),
                        e.prevHash(),
                        e.hash()));
    }

    static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: empty for null, neutralized if formula-like, quoted if it needs to be. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
