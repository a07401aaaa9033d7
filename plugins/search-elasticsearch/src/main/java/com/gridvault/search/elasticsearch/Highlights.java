package com.gridvault.search.elasticsearch;

import com.gridvault.plugin.api.search.HighlightSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Elasticsearch highlight fragments, marked with private-use characters, into a snippet with
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
    private static final char PRE = SearchRequests.PRE.charAt(0);
    private static final char POST = SearchRequests.POST.charAt(0);

    /** A snippet and its highlighted stretches. */
    record Snippet(String text, List<HighlightSpan> spans) {}

    private Highlights() {}

    /**
     * The highlighted fragments of a hit, or the beginning of its text when there are none.
     *
     * @param highlight the hit's highlight map (field to fragments), possibly empty
     * @param text the chunk text, for the fallback
     */
    static Snippet of(Map<String, List<String>> highlight, String text) {
        List<String> fragments = highlight.getOrDefault(ChunkDocuments.TEXT, List.of());
        StringBuilder out = new StringBuilder();
        List<HighlightSpan> spans = new ArrayList<>();
        for (String fragment : fragments) {
            if (!out.isEmpty()) {
                out.append(GAP);
            }
            int open = -1;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                if (c == PRE) {
                    open = out.length();
                } else if (c == POST) {
                    if (open >= 0 && out.length() > open) {
                        spans.add(new HighlightSpan(open, out.length()));
                    }
                    open = -1;
                } else {
                    out.append(c);
                }
            }
        }
        return spans.isEmpty() ? lead(text) : new Snippet(out.toString().stripTrailing(), List.copyOf(spans));
    }

    /** The beginning of the text, cut at a word boundary when one is near. */
    static Snippet lead(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(' ', LEAD_LENGTH);
        return new Snippet(text.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…", List.of());
    }
}
