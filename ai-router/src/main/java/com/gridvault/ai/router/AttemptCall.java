package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;

/** One call to one route, plain or streamed, as the {@link ChainRunner} makes it. */
interface AttemptCall {

    /**
     * Calls the route.
     *
     * @throws com.gridvault.plugin.api.ai.AiProviderException when the provider fails
     * @throws java.util.concurrent.CancellationException when the caller cancelled
     */
    ChatResponse call(AiConnection connection, ChatRequest request, ProviderRoute route);

    /** Tells whether output already reached the caller, which rules out retries and fallbacks. */
    boolean committed();
}
