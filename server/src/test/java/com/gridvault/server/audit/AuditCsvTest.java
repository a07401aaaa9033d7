package com.gridvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and spreadsheet-formula neutralization of the CSV export. */
class AuditCsvTest {

    @Test
    void plainValuesAreNotQuoted() {
        assertThat(AuditCsv.cell("auth.login")).isEqualTo("auth.login");
        assertThat(AuditCsv.cell(null)).isEmpty();
        assertThat(AuditCsv.cell("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(AuditCsv.cell("line1\r\nline2")).isEqualTo("\"line1\r\nline2\"");
        assertThat(AuditCsv.cell("{\"name\":\"x\",\"n\":\"1\"}"))
                .isEqualTo("\"{\"\"name\"\":\"\"x\"\",\"\"n\"\":\"\"1\"\"}\"");
    }

    @Test
    void formulaLikeCellsAreNeutralized() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(AuditCsv.cell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.cell("robert'); DROP TABLE audit_entry;--"))
                .as("SQL injection text is data, written literally")
                .isEqualTo("robert'); DROP TABLE audit_entry;--");
    }

    @Test
    void aRowHasOneCellPerColumnAndEndsInCrLf() throws IOException {
        AuditEntry entry = new AuditEntry(
                "id-1",
                "org-1",
                7,
                Instant.parse("2026-11-22T05:00:00.123456Z"),
                "u-1",
                "Doe, \"Jane\"",
                "member.added",
                "user",
                "u-2",
                Outcome.SUCCESS,
                "::1",
                "req-1",
                "{\"role\":\"ADMIN\"}",
                AuditEntry.GENESIS,
                "ab".repeat(32));
        StringWriter out = new StringWriter();
        AuditCsv.writeHeader(out);
        AuditCsv.writeEntry(out, entry);

        assertThat(out.toString())
                .isEqualTo(String.join(",", AuditCsv.HEADER) + "\r\n"
                        + "7,2026-11-22T05:00:00.123456Z,org-1,u-1,\"Doe, \"\"Jane\"\"\",member.added,user,u-2,SUCCESS,"
                        + "::1,req-1,\"{\"\"role\"\":\"\"ADMIN\"\"}\"," + AuditEntry.GENESIS + "," + "ab".repeat(32)
                        + "\r\n");
        StringWriter nulls = new StringWriter();
        AuditCsv.writeRow(nulls, Arrays.asList(null, "x", null));
        assertThat(nulls.toString()).isEqualTo(",x,\r\n");
    }
}
