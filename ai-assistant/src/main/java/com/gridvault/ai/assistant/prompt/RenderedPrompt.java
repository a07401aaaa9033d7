package com.gridvault.ai.assistant.prompt;

import java.util.Objects;

/**
 * A filled template.
 *
 * @param ref the template version
 * @param system the system message
 * @param user the user message
 */
public record RenderedPrompt(PromptRef ref, String system, String user) {

    /** Rejects missing parts. */
    public RenderedPrompt {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
