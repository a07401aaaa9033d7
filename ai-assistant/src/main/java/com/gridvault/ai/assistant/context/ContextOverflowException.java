package com.gridvault.ai.assistant.context;

import com.gridvault.ai.assistant.AssistantException;

/** The parts that are never cut (system prompt, sources and the current question) do not fit. */
public final class ContextOverflowException extends AssistantException {

    private static final long serialVersionUID = 1L;

    private final int needed;
    private final int available;

    /**
     * Creates the exception.
     *
     * @param needed the tokens the fixed parts take
     * @param available the tokens the window leaves for the prompt
     */
    public ContextOverflowException(int needed, int available) {
        super("The question and its instructions need about " + needed + " tokens, but the model's window leaves "
                + available + " for the prompt; shorten the question or choose a model with a larger window");
        this.needed = needed;
        this.available = available;
    }

    /**
     * Returns the tokens the fixed parts take.
     *
     * @return the count
     */
    public int needed() {
        return needed;
    }

    /**
     * Returns the tokens available for the prompt.
     *
     * @return the count
     */
    public int available() {
        return available;
    }
}
