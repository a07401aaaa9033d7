package com.gridvault.plugin.api.search;

/**
 * Thrown when a {@link SearchBackend} cannot do its work for reasons other than invalid input, for
 * example an unreadable index or an unreachable cluster. The index may need a rebuild.
 */
public class SearchBackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, phrased for the operator
     * @param cause the underlying failure, or null
     */
    public SearchBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
