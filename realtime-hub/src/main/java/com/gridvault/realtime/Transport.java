package com.gridvault.realtime;

import java.util.function.Consumer;

/** What the hub needs of a WebSocket connection; a seam so the queueing can be tested alone. */
interface Transport {

    /**
     * Starts sending one text message; at most one send is outstanding per transport.
     *
     * @param text the message
     * @param done called exactly once, possibly on the calling thread, with null or the failure
     */
    void send(String text, Consumer<Throwable> done);

    /** Sends a ping control frame; failures are ignored (the missed pong will tell). */
    void ping();

    /**
     * Closes the connection; idempotent, never throws.
     *
     * @param code the close code
     * @param reason a short reason (at most 123 UTF-8 bytes)
     */
    void close(int code, String reason);
}
