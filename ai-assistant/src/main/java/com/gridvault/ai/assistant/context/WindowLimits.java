package com.gridvault.ai.assistant.context;

/**
 * The size of a model's context window and how it is shared.
 *
 * @param contextTokens the model's whole window, prompt and answer together
 * @param answerTokens the room kept for the answer (sent as the request's {@code maxTokens})
 * @param summaryTokens the most tokens a summary of dropped turns may take
 */
public record WindowLimits(int contextTokens, int answerTokens, int summaryTokens) {

    /** Rejects sizes that leave no room for a prompt. */
    public WindowLimits {
        if (answerTokens <= 0 || summaryTokens <= 0) {
            throw new IllegalArgumentException("answerTokens and summaryTokens must be positive");
        }
        if (contextTokens <= answerTokens) {
            throw new IllegalArgumentException(
                    "The context window (" + contextTokens + ") must be larger than the answer (" + answerTokens + ")");
        }
    }

    /**
     * Limits with a summary of at most 300 tokens.
     *
     * @param contextTokens the window
     * @param answerTokens the answer
     * @return the limits
     */
    public static WindowLimits of(int contextTokens, int answerTokens) {
        return new WindowLimits(contextTokens, answerTokens, 300);
    }

    /**
     * Returns the tokens the prompt may take.
     *
     * @return the window less the answer
     */
    public int promptTokens() {
        return contextTokens - answerTokens;
    }
}
