package com.gridvault.embeddings.onnx;

/**
 * Token ids of a batch of texts, padded to the longest one, in the row-major layout ONNX Runtime
 * tensors take directly.
 *
 * @param size the number of texts
 * @param length the padded token count of every row
 * @param inputIds {@code size x length} token ids, 0 ([PAD]) after a text's end
 * @param attentionMask {@code size x length}: 1 for real tokens, 0 for padding
 * @param tokenTypeIds {@code size x length} zeros: every text is a single segment
 */
record TokenBatch(int size, int length, long[] inputIds, long[] attentionMask, long[] tokenTypeIds) {

    TokenBatch {
        int cells = size * length;
        if (inputIds.length != cells || attentionMask.length != cells || tokenTypeIds.length != cells) {
            throw new IllegalArgumentException("Token arrays must hold " + size + " x " + length + " values");
        }
    }

    /** Pads rows of token ids (and the matching masks) to the longest row. */
    static TokenBatch pad(long[][] ids, long[][] masks) {
        int length = 0;
        for (long[] row : ids) {
            length = Math.max(length, row.length);
        }
        int size = ids.length;
        long[] inputIds = new long[size * length];
        long[] attentionMask = new long[size * length];
        for (int i = 0; i < size; i++) {
            System.arraycopy(ids[i], 0, inputIds, i * length, ids[i].length);
            System.arraycopy(masks[i], 0, attentionMask, i * length, masks[i].length);
        }
        return new TokenBatch(size, length, inputIds, attentionMask, new long[size * length]);
    }
}
