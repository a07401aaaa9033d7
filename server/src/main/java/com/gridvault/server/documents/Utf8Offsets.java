package com.gridvault.server.documents;

import java.util.Arrays;

/** Maps character offsets of a text to byte offsets of its UTF-8 encoding, in one pass. */
final class Utf8Offsets {

    private Utf8Offsets() {}

    /**
     * Returns the UTF-8 byte offset of each character offset.
     *
     * @param text the text
     * @param charOffsets offsets between 0 and {@code text.length()}, in any order
     * @return byte offsets, in the order of {@code charOffsets}
     */
    static long[] of(String text, int[] charOffsets) {
        Integer[] order = new Integer[charOffsets.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(charOffsets[a], charOffsets[b]));
        long[] bytes = new long[charOffsets.length];
        long count = 0;
        int position = 0;
        for (Integer index : order) {
            int target = charOffsets[index];
            if (target < 0 || target > text.length()) {
                throw new IllegalArgumentException("offset " + target + " outside the text");
            }
            while (position < target) {
                char c = text.charAt(position);
                if (c < 0x80) {
                    count += 1;
                } else if (c < 0x800) {
                    count += 2;
                } else if (Character.isHighSurrogate(c)
                        && position + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(position + 1))) {
                    count += 4;
                    position++;
                } else {
                    count += 3;
                }
                position++;
            }
            bytes[index] = count;
        }
        return bytes;
    }
}
