package com.gridvault.ai.assistant.rag;

import com.gridvault.ai.assistant.context.WindowLimits;
import java.util.Objects;

/**
 * How answers are built.
 *
 * @param topK the most passages retrieved
 * @param minScore passages scoring below this are ignored; when none is left the answer is "not
 *     found" without a model call
 * @param limits the model's window
 * @param sourceShare the share of the prompt room (window less answer) that sources may fill, 0..1;
 *     the rest is left to the conversation history
 * @param notFoundText the answer when nothing relevant was found
 */
public record RagSettings(int topK, double minScore, WindowLimits limits, double sourceShare, String notFoundText) {

    /** k = 8, no minimum score, an 8k window with 1k for the answer, 60 % for sources. */
    public static final RagSettings DEFAULT = new RagSettings(
            8,
            Double.NEGATIVE_INFINITY,
            WindowLimits.of(8192, 1024),
            0.6,
            "I could not find this in your documents. Try rephrasing the question or adding documents to the"
                    + " workspace.");

    /** Rejects out-of-range values. */
    public RagSettings {
        if (topK <= 0) {
            throw new IllegalArgumentException("topK must be positive, was " + topK);
        }
        Objects.requireNonNull(limits, "limits");
        if (!(sourceShare > 0 && sourceShare <= 1)) {
            throw new IllegalArgumentException("sourceShare must be in (0, 1], was " + sourceShare);
        }
        Objects.requireNonNull(notFoundText, "notFoundText");
    }

    /**
     * Returns these settings with another minimum score.
     *
     * @param minScore the minimum
     * @return the settings
     */
    public RagSettings withMinScore(double minScore) {
        return new RagSettings(topK, minScore, limits, sourceShare, notFoundText);
    }

    /**
     * Returns these settings with other window limits.
     *
     * @param limits the limits
     * @return the settings
     */
    public RagSettings withLimits(WindowLimits limits) {
        return new RagSettings(topK, minScore, limits, sourceShare, notFoundText);
    }
}
