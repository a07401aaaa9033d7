package com.gridvault.ai.assistant;

/**
 * The root of this module's own failures. Failures of the AI call itself stay the router's
 * exceptions ({@link com.gridvault.ai.router.AiRouterException} and its subclasses).
 */
public class AssistantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for the user or the admin
     */
    public AssistantException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public AssistantException(String message, Throwable cause) {
        super(message, cause);
    }
}
