package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiProviderException;
import java.util.Optional;

/**
 * The root of the router's exceptions. When a provider was called, the exception carries the kind
 * and message of the last provider error (messages of provider exceptions never contain secrets),
 * so the server can map it to a problem response without unwrapping causes.
 */
public class AiRouterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AiProviderException.Kind providerErrorKind;
    private final String providerErrorMessage;

    /**
     * Creates the exception.
     *
     * @param message what happened, for operators and users
     * @param lastProviderError the last provider error of the call, or null when none was called
     */
    protected AiRouterException(String message, AiProviderException lastProviderError) {
        super(message, lastProviderError);
        this.providerErrorKind = lastProviderError == null ? null : lastProviderError.kind();
        this.providerErrorMessage = lastProviderError == null ? null : lastProviderError.getMessage();
    }

    /**
     * Returns the kind of the last provider error.
     *
     * @return the kind, or empty when no provider failed
     */
    public Optional<AiProviderException.Kind> providerErrorKind() {
        return Optional.ofNullable(providerErrorKind);
    }

    /**
     * Returns the message of the last provider error.
     *
     * @return the message, or empty when no provider failed
     */
    public Optional<String> providerErrorMessage() {
        return Optional.ofNullable(providerErrorMessage);
    }
}
