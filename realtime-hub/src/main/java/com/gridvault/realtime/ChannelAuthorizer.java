package com.gridvault.realtime;

/**
 * Decides whether a user may subscribe to a channel (tenancy and permissions). Implemented by the
 * server; called on every {@code subscribe}, on the connection's receiving thread.
 */
@FunctionalInterface
public interface ChannelAuthorizer {

    /**
     * Whether the user may see the channel's events.
     *
     * @param principal the session's user
     * @param channel the channel asked for; it may not exist
     * @return true to subscribe; false both for a channel the user may not see and for one that does
     *     not exist, which the client then cannot tell apart
     */
    boolean maySubscribe(HubPrincipal principal, Channel channel);
}
