package com.gridvault.realtime;

/** A client message the hub cannot accept; answered with an {@code error} and counted. */
final class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String replyTo;

    ProtocolException(String code, String message, String replyTo) {
        super(message, null, false, false);
        this.code = code;
        this.replyTo = replyTo;
    }

    String code() {
        return code;
    }

    /** The offending message's id when it had one, so the client can match the error. */
    String replyTo() {
        return replyTo;
    }
}
