package com.gridvault.realtime;

import java.util.Set;

/** The built-in message types; see {@code docs/REALTIME.md}. */
public final class MessageTypes {

    /** Client: start receiving a channel's events and presence. */
    public static final String SUBSCRIBE = "subscribe";
    /** Server: answer to {@link #SUBSCRIBE}. */
    public static final String SUBSCRIBED = "subscribed";
    /** Client: stop receiving a channel. */
    public static final String UNSUBSCRIBE = "unsubscribe";
    /** Server: answer to {@link #UNSUBSCRIBE}. */
    public static final String UNSUBSCRIBED = "unsubscribed";
    /** Client: application-level liveness check. */
    public static final String PING = "ping";
    /** Server: answer to {@link #PING}. */
    public static final String PONG = "pong";
    /** Server: who is viewing a channel, sent to its subscribers on every join and leave. */
    public static final String PRESENCE = "presence";
    /** Server: something happened on a channel. */
    public static final String EVENT = "event";
    /** Either direction: a request could not be served; payload {@code {code, message}}. */
    public static final String ERROR = "error";

    /** Every built-in type: these are never routed to a {@link RequestHandler}. */
    public static final Set<String> BUILT_IN =
            Set.of(SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED, PING, PONG, PRESENCE, EVENT, ERROR);

    private MessageTypes() {}
}
