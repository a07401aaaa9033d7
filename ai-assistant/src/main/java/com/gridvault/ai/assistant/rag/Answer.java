package com.gridvault.ai.assistant.rag;

import com.gridvault.ai.assistant.prompt.PromptRef;
import com.gridvault.plugin.api.ai.TokenUsage;
import java.util.List;
import java.util.Objects;

/**
 * An answer with its checked citations.
 *
 * @param text the answer as the model wrote it (or the not-found message)
 * @param citations the valid citations, in order of first mention
 * @param invalidCitations numbers cited that name no source given to the model, ascending
 * @param prompt the template version used
 * @param usage the tokens of the answer call; zero when no model was called
 * @param providerConfigId the endpoint that answered, or null when no model was called
 * @param model the model that answered, or null when no model was called
 * @param grounded true when sources were given and the answer cites at least one of them
 */
public record Answer(
        String text,
        List<Citation> citations,
        List<Integer> invalidCitations,
        PromptRef prompt,
        TokenUsage usage,
        String providerConfigId,
        String model,
        boolean grounded) {

    /** Copies the lists. */
    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        invalidCitations = List.copyOf(invalidCitations);
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Tells whether a model was called.
     *
     * @return false for the not-found answer
     */
    public boolean calledModel() {
        return providerConfigId != null;
    }
}
