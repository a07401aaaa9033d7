package com.gridvault.server.errors;

/** A request body exceeded its configured limit (413). */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit, String key) {
        super("The request body exceeds the limit of " + limit + " bytes (configuration key '" + key + "')");
    }
}
