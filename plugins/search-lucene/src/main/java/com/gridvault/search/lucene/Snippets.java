package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.HighlightSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets with highlight offsets instead of markup, from the UnifiedHighlighter re-analysing the
 * stored text (chunks are short, so no term vectors or offsets are indexed). Thread-safe.
 */
final class Snippets {

    /** Length of the leading snippet shown when nothing is highlighted. */
    static final int LEAD_LENGTH = 240;

    private static final int PASSAGES = 2;
    private static final String GAP = " … ";

    /** A snippet and its highlighted stretches. */
    record Snippet(String text, List<HighlightSpan> spans) {}

    private final UnifiedHighlighter highlighter;

    Snippets(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new SpanFormatter())
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** Highlights the query's words in the text, or returns its beginning when none occur. */
    Snippet highlight(Query words, String text) {
        if (words == null) {
            return lead(text);
        }
        try {
            Object result = highlighter.highlightWithoutSearcher(ChunkFields.TEXT, words, text, PASSAGES);
            if (result instanceof Snippet snippet && !snippet.spans().isEmpty()) {
                return snippet;
            }
            return lead(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Snippet lead(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(' ', LEAD_LENGTH);
        return new Snippet(text.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…", List.of());
    }

    /** Joins the passages and records where each match lands in the joined text. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<HighlightSpan> spans = new ArrayList<>();
            for (Passage p : passages) {
                if (text.length() > 0) {
                    text.append(GAP);
                }
                int shift = text.length() - p.getStartOffset();
                int lastEnd = -1;
                for (int m = 0; m < p.getNumMatches(); m++) {
                    int start = Math.max(p.getMatchStarts()[m], p.getStartOffset());
                    int end = Math.min(p.getMatchEnds()[m], p.getEndOffset());
                    if (start < end && start >= lastEnd) {
                        spans.add(new HighlightSpan(start + shift, end + shift));
                        lastEnd = end;
                    }
                }
                text.append(content, p.getStartOffset(), p.getEndOffset());
            }
            return new Snippet(text.toString().stripTrailing(), spans);
        }
    }
}
