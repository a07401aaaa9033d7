package com.gridvault.ai.assistant.prompt;

import com.gridvault.ai.assistant.AssistantException;

/** A template that cannot be saved or rendered: unknown, malformed or missing placeholders. */
public final class InvalidTemplateException extends AssistantException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the template and placeholder
     */
    public InvalidTemplateException(String message) {
        super(message);
    }
}
