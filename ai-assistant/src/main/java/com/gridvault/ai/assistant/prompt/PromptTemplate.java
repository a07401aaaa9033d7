package com.gridvault.ai.assistant.prompt;

import java.util.Map;
import java.util.Objects;

/**
 * One version of a prompt template: a fixed system part and a user part with {@code {{name}}}
 * placeholders. The system part takes no placeholders, so that no data ever reaches the system role.
 *
 * @param id the template id
 * @param version 0 for the built-in default, 1 and up for an organization's versions
 * @param system the system message, verbatim
 * @param user the user message with placeholders
 */
public record PromptTemplate(String id, int version, String system, String user) {

    /** Rejects missing parts. */
    public PromptTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
        if (version < 0) {
            throw new IllegalArgumentException("A template version is 0 or more, was " + version);
        }
    }

    /**
     * Returns the reference recorded with answers.
     *
     * @return the id and version
     */
    public PromptRef ref() {
        return new PromptRef(id, version);
    }

    /**
     * Fills the user part. Values are inserted literally, never read as templates.
     *
     * @param values a value for every placeholder of the user part
     * @return the prompt
     * @throws InvalidTemplateException when a placeholder has no value
     */
    public RenderedPrompt render(Map<String, String> values) {
        return new RenderedPrompt(ref(), system, TemplateRenderer.render(user, values));
    }
}
