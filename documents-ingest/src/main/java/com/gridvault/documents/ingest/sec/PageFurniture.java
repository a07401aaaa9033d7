package com.gridvault.documents.ingest.sec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes page headers, footers and page numbers: short text blocks right before or after a page
 * break that are page numbers ("21", "F-3", "Page 4", "- 12 -"), "Table of Contents" back-links,
 * or lines that repeat on many pages once digits are ignored ("Apple Inc. | 2024 Form 10-K | 19").
 */
final class PageFurniture {
    private static final int WINDOW = 2;
    private static final int MAX_LENGTH = 120;
    private static final int MIN_REPEATS = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(page\\s*)?[-–—\\s]*([a-z]{1,2}-?)?\\d{1,4}[-–—\\s]*$|^[ivxlc]{1,7}$|^table of contents$",
            Pattern.CASE_INSENSITIVE);

    private PageFurniture() {}

    static List<Block> strip(List<Block> blocks) {
        Map<String, Integer> repeats = new HashMap<>();
        for (Block b : blocks) {
            if (b.isText() && b.text().length() <= MAX_LENGTH) {
                repeats.merge(shape(b.text()), 1, Integer::sum);
            }
        }
        boolean[] drop = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() != Block.Kind.PAGE_BREAK) {
                continue;
            }
            markNear(blocks, drop, repeats, i, -1);
            markNear(blocks, drop, repeats, i, +1);
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!drop[i]) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static void markNear(List<Block> blocks, boolean[] drop, Map<String, Integer> repeats, int at, int step) {
        int seen = 0;
        for (int j = at + step; j >= 0 && j < blocks.size() && seen < WINDOW; j += step) {
            Block b = blocks.get(j);
            if (b.kind() == Block.Kind.PAGE_BREAK) {
                break;
            }
            if (!b.isText()) {
                return;
            }
            seen++;
            String text = b.text();
            String shape = shape(text);
            int count = repeats.getOrDefault(shape, 0);
            boolean furniture = text.length() <= MAX_LENGTH
                    && (PAGE_NUMBER.matcher(text).matches()
                            || (shape.contains("#") && count >= MIN_REPEATS)
                            || count >= MIN_REPEATS * 3);
            if (furniture) {
                drop[j] = true;
            }
        }
    }

    private static String shape(String text) {
        return text.replaceAll("\\d+", "#").toLowerCase(java.util.Locale.ROOT);
    }
}
