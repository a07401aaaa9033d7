package com.gridvault.plugin.api.ai;

/**
 * Why the model stopped. A filtered answer is not a finish reason but an {@link
 * AiProviderException} of kind {@link AiProviderException.Kind#CONTENT_FILTERED}.
 */
public enum FinishReason {
    /** The model finished its answer or hit a stop sequence. */
    STOP,
    /** The answer was cut at the request's maximum number of tokens. */
    LENGTH,
    /** The model wants the application to call tools and send back their results. */
    TOOL_CALLS,
    /** The provider gave no reason or one this API does not know. */
    OTHER
}
