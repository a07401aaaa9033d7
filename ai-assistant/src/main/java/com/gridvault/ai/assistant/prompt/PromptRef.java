package com.gridvault.ai.assistant.prompt;

import java.util.Objects;

/**
 * Which template version produced a prompt, recorded with every answer.
 *
 * @param templateId the template id, e.g. {@code analyst.default}
 * @param version the version; 0 is the built-in default shipped with this release, 1 and up are the
 *     organization's saved versions
 */
public record PromptRef(String templateId, int version) {

    /** Rejects a missing id and a negative version. */
    public PromptRef {
        Objects.requireNonNull(templateId, "templateId");
        if (version < 0) {
            throw new IllegalArgumentException("A template version is 0 or more, was " + version);
        }
    }

    @Override
    public String toString() {
        return templateId + "@v" + version;
    }
}
