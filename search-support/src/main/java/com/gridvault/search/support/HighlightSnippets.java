package com.gridvault.search.support;

import com.gridvault.plugin.api.search.HighlightSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a cluster's highlight fragments, marked with private-use characters, into a snippet with
 * {@link HighlightSpan} offsets, so no markup ever reaches the caller. Stateless.
 */
public final class HighlightSnippets {

    /** Opens a highlighted stretch: a private-use character no document text is expected to hold. */
    public static final String PRE = "\uE000";

    /** Closes a highlighted stretch. */
    public static final String POST = "\uE001";

    /** Characters per highlighted fragment. */
    public static final int FRAGMENT_SIZE = 200;

    /** Fragments joined into one snippet. */
    public static final int FRAGMENTS = 2;

    /** Length of the leading snippet shown when nothing is highlighted. */
    public static final int LEAD_LENGTH = 240;

    private static final String GAP = " … ";

    /**
     * A snippet and its highlighted stretches.
     *
     * @param text the snippet, free of markup
     * @param spans the highlighted stretches, as offsets into {@code text}
     */
    public record Snippet(String text, List<HighlightSpan> spans) {

        /** Copies the spans. */
        public Snippet {
            spans = List.copyOf(spans);
        }
    }

    private HighlightSnippets() {}

    /**
     * The highlighted fragments joined into one snippet, or the beginning of the text when no fragment
     * highlights anything.
     *
     * @param fragments the hit's fragments of the text field, marked with {@link #PRE} and {@link #POST}
     * @param text the chunk text, for the fallback
     * @return the snippet
     */
    public static Snippet of(List<String> fragments, String text) {
        StringBuilder out = new StringBuilder();
        List<HighlightSpan> spans = new ArrayList<>();
        for (String fragment : fragments) {
            if (!out.isEmpty()) {
                out.append(GAP);
            }
            int open = -1;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                if (c == PRE.charAt(0)) {
                    open = out.length();
                } else if (c == POST.charAt(0)) {
                    if (open >= 0 && out.length() > open) {
                        spans.add(new HighlightSpan(open, out.length()));
                    }
                    open = -1;
                } else {
                    out.append(c);
                }
            }
        }
        return spans.isEmpty() ? lead(text) : new Snippet(out.toString().stripTrailing(), spans);
    }

    /**
     * The beginning of the text, cut at a word boundary when one is near, without highlights.
     *
     * @param text the chunk text
     * @return the text itself when short, else its first {@link #LEAD_LENGTH} characters or so and "…"
     */
    public static Snippet lead(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(' ', LEAD_LENGTH);
        return new Snippet(text.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…", List.of());
    }
}
