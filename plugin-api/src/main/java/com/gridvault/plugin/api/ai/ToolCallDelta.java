package com.gridvault.plugin.api.ai;

/**
 * A fragment of one tool call in a streamed answer. The first fragment of a call usually carries
 * its id and name; later fragments append to its arguments.
 *
 * @param index the position of the call within the answer, the same for all its fragments
 * @param id the call id, or null when this fragment does not carry it
 * @param name the function name, or null when this fragment does not carry it
 * @param argumentsFragment the next piece of the JSON arguments text, possibly empty
 */
public record ToolCallDelta(int index, String id, String name, String argumentsFragment) {

    /** Normalizes a null fragment to empty. */
    public ToolCallDelta {
        argumentsFragment = argumentsFragment == null ? "" : argumentsFragment;
    }
}
