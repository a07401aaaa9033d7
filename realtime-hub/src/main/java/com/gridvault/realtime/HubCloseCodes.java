package com.gridvault.realtime;

/** The WebSocket close codes the hub uses; see {@code docs/REALTIME.md}. */
public final class HubCloseCodes {

    /** Server shutting down (RFC 6455 "going away"). */
    public static final int GOING_AWAY = 1001;
    /** Too many protocol errors in a row (RFC 6455 "policy violation"). */
    public static final int POLICY_VIOLATION = 1008;
    /** A message over the size limit (RFC 6455 "message too big"). */
    public static final int TOO_BIG = 1009;
    /** The ws-token was missing, unknown, expired or already used: get a new one, then reconnect. */
    public static final int UNAUTHORIZED = 4401;
    /** The client read too slowly and its outbound queue overflowed. */
    public static final int TOO_SLOW = 4008;
    /** The client answered no server ping for two intervals. */
    public static final int HEARTBEAT_TIMEOUT = 4408;

    private HubCloseCodes() {}
}
