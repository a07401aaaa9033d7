package com.gridvault.plugin.api.ai;

/**
 * The tokens a request consumed, as counted by the provider.
 *
 * @param promptTokens tokens of the input (messages, tool definitions)
 * @param completionTokens tokens of the generated answer
 */
public record TokenUsage(long promptTokens, long completionTokens) {

    /** Usage for a provider that did not report any. */
    public static final TokenUsage UNKNOWN = new TokenUsage(0, 0);

    /** Rejects negative counts. */
    public TokenUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("Token counts must not be negative");
        }
    }

    /**
     * Returns the sum of prompt and completion tokens.
     *
     * @return the total
     */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
