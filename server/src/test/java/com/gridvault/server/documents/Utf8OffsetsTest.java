package com.gridvault.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8OffsetsTest {

    @Test
    void byteOffsetsMatchTheEncodingOfThePrefixForEveryWidth() {
        String text = "a€b😀c\u00e9d"; // 1, 3, 1, 4 (surrogate pair), 1, 2, 1 bytes
        int[] offsets = {text.length(), 0, 1, 2, 3, 5, 6, 7};
        long[] bytes = Utf8Offsets.of(text, offsets);
        for (int i = 0; i < offsets.length; i++) {
            assertThat(bytes[i])
                    .as("offset %d", offsets[i])
                    .isEqualTo(text.substring(0, offsets[i]).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void sectionSpansReadBackExactlyFromTheEncodedText() {
        var text = new com.gridvault.documents.ingest.text.StructuredText(
                "Héllo wörld. Ünïcode — sections.",
                java.util.List.of(),
                java.util.List.of(
                        new com.gridvault.documents.ingest.text.Section("one", "One", 0, 13),
                        new com.gridvault.documents.ingest.text.Section("two", "Two", 13, 32)),
                java.util.List.of());
        byte[] encoded = text.text().getBytes(StandardCharsets.UTF_8);
        for (TextSpan span : DocumentIngestJob.spans(text)) {
            String slice = new String(
                    encoded, (int) span.byteStart(), (int) (span.byteEnd() - span.byteStart()), StandardCharsets.UTF_8);
            assertThat(slice).isEqualTo(text.text().substring(span.charStart(), span.charEnd()));
        }
    }
}
