package com.gridvault.realtime;

import jakarta.json.JsonObject;
import java.util.concurrent.ConcurrentMap;

/**
 * One authenticated WebSocket connection, as {@link RequestHandler}s see it. Thread-safe.
 */
public interface HubSession {

    /**
     * The hub's id for this connection.
     *
     * @return an opaque id, unique while the hub runs
     */
    String id();

    /**
     * The user who opened it.
     *
     * @return the principal
     */
    HubPrincipal principal();

    /**
     * Queues a message; never blocks. When the queue is full the session is dropped as a slow
     * consumer.
     *
     * @param message the message
     * @return false when the session is closed, closing, or was just dropped
     */
    boolean send(Envelope message);

    /**
     * Answers a request: a message of the given type whose {@code replyTo} is the request's id.
     *
     * @param request the message answered
     * @param type the answer's type
     * @param payload the answer's payload
     * @return as {@link #send}
     */
    boolean reply(Envelope request, String type, JsonObject payload);

    /**
     * Answers a request with an {@code error}.
     *
     * @param request the message answered
     * @param code an error code, see {@link ErrorCodes} or a protocol's own
     * @param message a human-readable message without internal detail
     * @return as {@link #send}
     */
    boolean replyError(Envelope request, String code, String message);

    /**
     * Per-connection state for protocol handlers (e.g. a negotiated version), dropped on close.
     *
     * @return a mutable, concurrent map
     */
    ConcurrentMap<String, Object> attributes();

    /**
     * Whether the connection is still open and not being dropped.
     *
     * @return true while messages can be sent
     */
    boolean isOpen();

    /**
     * Sends a server message with a fresh server id: an answer when {@code replyTo} is set, otherwise
     * unsolicited.
     *
     * @param type the message type
     * @param replyTo the client message this answers, or null
     * @param payload the payload
     * @return false when the session is closed or was dropped as too slow
     */
    boolean push(String type, String replyTo, JsonObject payload);

    /**
     * Runs {@code listener} once when the session ends (closed by either side or dropped), on the
     * thread that notices it. Registered after the end, it never runs.
     *
     * @param listener what to release
     */
    void onClose(Runnable listener);
}
