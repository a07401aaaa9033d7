package com.gridvault.documents.ingest.sec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the real item headings among candidates. Tables of contents are dropped twice over:
 * tabular ones never produce candidates (data tables are not headings) and list-style ones show
 * up as long runs of headings with almost no text in between. Of what is left, the longest run
 * of headings in the form's canonical order wins, so a stray cross-reference cannot reorder the
 * filing; on ties the later heading (the body rather than an index) is kept.
 */
final class HeadingSelector {
    private static final int TOC_RUN = 4;
    private static final int TOC_GAP_CHARS = 150;

    private HeadingSelector() {}

    static List<ItemHeading> select(List<ItemHeading> candidates, int[] textBetween) {
        List<ItemHeading> body = dropTableOfContents(candidates, textBetween);
        return longestOrderedRun(body);
    }

    /**
     * {@code textBetween[i]} = characters of text between candidate i and candidate i + 1. A run
     * of closely packed headings is an index only if most of its items appear again later: short
     * real items ("Item 11 ... incorporated by reference") are packed closely too, but only once.
     */
    private static List<ItemHeading> dropTableOfContents(List<ItemHeading> candidates, int[] textBetween) {
        boolean[] toc = new boolean[candidates.size()];
        int runStart = 0;
        for (int i = 0; i < candidates.size(); i++) {
            boolean continues = i < candidates.size() - 1 && textBetween[i] < TOC_GAP_CHARS;
            if (!continues) {
                if (i - runStart + 1 >= TOC_RUN && repeatedLater(candidates, runStart, i)) {
                    for (int j = runStart; j <= i; j++) {
                        toc[j] = true;
                    }
                }
                runStart = i + 1;
            }
        }
        List<ItemHeading> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!toc[i]) {
                kept.add(candidates.get(i));
            }
        }
        return kept;
    }

    private static boolean repeatedLater(List<ItemHeading> candidates, int from, int to) {
        Set<String> later = new HashSet<>();
        for (int j = to + 1; j < candidates.size(); j++) {
            later.add(candidates.get(j).id());
        }
        int repeated = 0;
        for (int j = from; j <= to; j++) {
            if (later.contains(candidates.get(j).id())) {
                repeated++;
            }
        }
        return repeated * 5 >= (to - from + 1) * 4;
    }

    private static List<ItemHeading> longestOrderedRun(List<ItemHeading> c) {
        int n = c.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (c.get(j).order() < c.get(i).order() && length[j] + 1 >= length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] >= length[best]) {
                best = i;
            }
        }
        List<ItemHeading> chosen = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            chosen.add(c.get(i));
        }
        Collections.reverse(chosen);
        return chosen;
    }
}
