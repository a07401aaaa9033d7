package com.gridvault.ai.assistant.rag;

/** Receives the text of a streamed answer as it arrives. */
@FunctionalInterface
public interface AnswerListener {

    /**
     * Receives the next piece of text. Calls never overlap.
     *
     * @param text the new text
     */
    void onText(String text);
}
