package com.gridvault.plugin.api.ai;

/** Who wrote a {@link ChatMessage}. */
public enum ChatRole {
    /** Instructions from the application that set the assistant's behaviour. */
    SYSTEM,
    /** A message from the person using the appliance. */
    USER,
    /** An answer of the model, possibly with tool calls. */
    ASSISTANT,
    /** The result of a tool call the model asked for. */
    TOOL
}
