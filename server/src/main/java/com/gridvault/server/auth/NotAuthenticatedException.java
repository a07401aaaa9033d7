package com.gridvault.server.auth;

/** The request carries no valid credentials (401). */
public class NotAuthenticatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
