package com.gridvault.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.gridvault.plugin.api.search.HighlightSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns OpenSearch highlight fragments, marked with private-use characters, into a snippet with
 * {@link HighlightSpan} offsets, so no markup ever reaches the caller. Stateless.
 */
final class Highlights {

    /** Characters per highlighted fragment. */
    static final int FRAGMENT_SIZE = 200;

    /** Fragments joined into one snippet. */
    static final int FRAGMENTS = 2;

    /** Length of the leading snippet shown when nothing is highlighted. */
    static final int LEAD_LENGTH = 240;

    private static final String GAP = " … ";

    /** A snippet and its highlighted stretches. */
    record Snippet(String text, List<HighlightSpan> spans) {}

    private Highlights() {}

    /** The highlighted fragments of a hit, or the beginning of its text when there are none. */
    static Snippet of(JsonNode hit, String text) {
        JsonNode fragments = hit.path("highlight").path(ChunkDocuments.TEXT);
        if (!fragments.isArray() || fragments.isEmpty()) {
            return lead(text);
        }
        StringBuilder out = new StringBuilder();
        List<HighlightSpan> spans = new ArrayList<>();
        for (JsonNode fragment : fragments) {
            if (out.length() > 0) {
                out.append(GAP);
            }
            int start = -1;
            for (char c : fragment.asText().toCharArray()) {
                if (c == SearchRequests.PRE.charAt(0)) {
                    start = out.length();
                } else if (c == SearchRequests.POST.charAt(0)) {
                    if (start >= 0 && out.length() > start) {
                        spans.add(new HighlightSpan(start, out.length()));
                    }
                    start = -1;
                } else {
                    out.append(c);
                }
            }
        }
        String snippet = out.toString().stripTrailing();
        return spans.isEmpty() ? lead(text) : new Snippet(snippet, spans);
    }

    static Snippet lead(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(' ', LEAD_LENGTH);
        return new Snippet(text.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…", List.of());
    }
}
