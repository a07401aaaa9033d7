package com.gridvault.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * Every limit of the hub.
 *
 * @param maxMessageBytes largest client message in UTF-8 bytes; larger closes with 1009
 * @param outboundQueueCapacity messages waiting to be sent per session; overflow drops the session
 * @param heartbeatInterval how often the server pings each session
 * @param missedHeartbeats pings in a row left unanswered before the session is closed (4408)
 * @param maxProtocolErrors protocol errors in a row tolerated; one more closes with 1008
 * @param maxSubscriptionsPerSession channels one session may subscribe to at once
 * @param slowConsumerGrace how long a dropped slow consumer gets to take its final error message
 *     before the close is forced
 */
public record HubSettings(
        int maxMessageBytes,
        int outboundQueueCapacity,
        Duration heartbeatInterval,
        int missedHeartbeats,
        int maxProtocolErrors,
        int maxSubscriptionsPerSession,
        Duration slowConsumerGrace) {

    /** 1 MiB messages, 1,000 queued messages, a ping every 30 s, two missed pings, 10 errors, 256 channels. */
    public static final HubSettings DEFAULTS =
            new HubSettings(1 << 20, 1000, Duration.ofSeconds(30), 2, 10, 256, Duration.ofSeconds(5));

    /** Checks every limit. */
    public HubSettings {
        positive(maxMessageBytes, "maxMessageBytes");
        positive(outboundQueueCapacity, "outboundQueueCapacity");
        positive(missedHeartbeats, "missedHeartbeats");
        positive(maxProtocolErrors, "maxProtocolErrors");
        positive(maxSubscriptionsPerSession, "maxSubscriptionsPerSession");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(slowConsumerGrace, "slowConsumerGrace");
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeatInterval must be positive");
        }
        if (slowConsumerGrace.isNegative()) {
            throw new IllegalArgumentException("slowConsumerGrace must not be negative");
        }
    }

    /**
     * A copy with another message size limit.
     *
     * @param bytes the limit
     * @return the settings
     */
    public HubSettings withMaxMessageBytes(int bytes) {
        return new HubSettings(
                bytes,
                outboundQueueCapacity,
                heartbeatInterval,
                missedHeartbeats,
                maxProtocolErrors,
                maxSubscriptionsPerSession,
                slowConsumerGrace);
    }

    /**
     * A copy with another outbound queue capacity.
     *
     * @param messages the capacity
     * @return the settings
     */
    public HubSettings withOutboundQueueCapacity(int messages) {
        return new HubSettings(
                maxMessageBytes,
                messages,
                heartbeatInterval,
                missedHeartbeats,
                maxProtocolErrors,
                maxSubscriptionsPerSession,
                slowConsumerGrace);
    }

    /**
     * A copy with another heartbeat interval.
     *
     * @param interval the interval
     * @return the settings
     */
    public HubSettings withHeartbeatInterval(Duration interval) {
        return new HubSettings(
                maxMessageBytes,
                outboundQueueCapacity,
                interval,
                missedHeartbeats,
                maxProtocolErrors,
                maxSubscriptionsPerSession,
                slowConsumerGrace);
    }

    /**
     * A copy with another protocol error budget.
     *
     * @param errors errors in a row tolerated
     * @return the settings
     */
    public HubSettings withMaxProtocolErrors(int errors) {
        return new HubSettings(
                maxMessageBytes,
                outboundQueueCapacity,
                heartbeatInterval,
                missedHeartbeats,
                errors,
                maxSubscriptionsPerSession,
                slowConsumerGrace);
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
