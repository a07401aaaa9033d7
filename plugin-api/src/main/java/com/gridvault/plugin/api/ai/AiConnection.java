package com.gridvault.plugin.api.ai;

import java.util.List;

/**
 * A connection to one configured provider endpoint.
 *
 * <p>Thread-safe; one connection serves concurrent requests. Every method reports failures as an
 * {@link AiProviderException} whose {@link AiProviderException.Kind} says what went wrong.
 */
public interface AiConnection extends AutoCloseable {

    /**
     * Runs a chat completion and waits for the whole answer.
     *
     * @param request the request
     * @return the answer with its finish reason and token usage
     * @throws AiProviderException when the provider refuses or fails, including {@link
     *     AiProviderException.Kind#CONTENT_FILTERED} when it filtered the answer
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Starts a streamed chat completion. Deltas are passed to {@code listener} in the order the
     * provider sent them, one at a time, on a thread owned by the connection; the assembled answer
     * (or the failure) is available from {@link ChatStream#result()}. When the caller no longer
     * needs the answer (for example, its client disconnected) it calls {@link ChatStream#cancel()},
     * which aborts the upstream request.
     *
     * @param request the request
     * @param listener receives each delta; if it throws, the stream is cancelled and the result
     *     fails with that exception
     * @return the handle of the running stream
     * @throws AiProviderException when the request cannot even be sent (invalid request)
     */
    ChatStream stream(ChatRequest request, ChatStreamListener listener);

    /**
     * Tells whether this endpoint offers {@link #embed embeddings}.
     *
     * @return true when {@link #embed} is supported
     */
    default boolean supportsEmbeddings() {
        return false;
    }

    /**
     * Computes embedding vectors for texts.
     *
     * @param request the texts and model
     * @return one vector per input, in input order
     * @throws AiProviderException when the provider fails
     * @throws UnsupportedOperationException when {@link #supportsEmbeddings()} is false
     */
    default EmbeddingResponse embed(EmbeddingRequest request) {
        throw new UnsupportedOperationException("This AI provider does not offer embeddings");
    }

    /**
     * Lists the models (or deployments) the endpoint offers.
     *
     * @return the models, possibly empty
     * @throws AiProviderException when the provider fails
     */
    List<ModelInfo> models();

    /**
     * Checks that the endpoint is reachable and accepts the credentials. Never throws.
     *
     * @return the outcome
     */
    HealthStatus health();

    /** Releases the connection's resources; running streams are cancelled. */
    @Override
    void close();
}
