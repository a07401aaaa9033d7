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

    /**
     * Whether messages of a type are answered at once: no I/O, no AI call, no lock held by others,
     * and work bounded by limits the session enforces (e.g. a lookup in a snapshot it already
     * holds). The host may then handle such a message on the thread that received it, when nothing
     * else of the connection is waiting, instead of handing it to a worker thread; order and the
     * one-thread-at-a-time rule still hold. Say false when unsure: a wrong true stalls the
     * connection's reading while the message is handled.
     *
     * @param type the message type without the protocol's prefix
     * @return true when handling it never blocks; false by default
     */
    default boolean quick(String type) {
        return false;
    }

    /** Called once when the connection has ended; release what the session holds. */
    default void closed() {}
}
