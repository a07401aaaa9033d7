package com.gridvault.plugin.api.realtime;

/**
 * One connection's conversation in a {@link HubProtocol}. The host calls {@link #receive} for one
 * connection from one thread at a time, in arrival order, so a session needs no locking for its own
 * state. A session may block (an AI call, a model run) while handling a message; later messages of
 * the same connection wait.
 */
public interface ProtocolSession {

    /**
     * Handles one message. Answer through {@link ProtocolPeer#send}; an exception is logged by the
     * host and answered with a generic {@code internal_error}, so report the client's mistakes as
     * protocol messages instead.
     *
     * @param message the message, its type without the protocol's prefix
     */
    void receive(ProtocolMessage message);

    /** Called once when the connection has ended; release what the session holds. */
    default void closed() {}
}
