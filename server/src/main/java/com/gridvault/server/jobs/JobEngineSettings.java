package com.gridvault.server.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How the job engine runs.
 *
 * @param threads jobs executed at the same time on this node
 * @param pollingInterval how often the node looks for due jobs (submissions on this node wake it at once)
 * @param heartbeatInterval how often a running job's heartbeat is written; a job whose heartbeat is
 *     {@code missedHeartbeats} intervals old is considered dead and revived on a live node
 * @param missedHeartbeats heartbeats missed before a running job is revived (4 or more)
 * @param maxAttempts attempts before a failing job FAILS (1 = no retry)
 * @param initialBackoff wait before the first retry; doubled for each further one
 * @param maxBackoff longest wait between attempts
 * @param nodeName this node's name in the scheduler table (host name by default)
 */
public record JobEngineSettings(
        int threads,
        Duration pollingInterval,
        Duration heartbeatInterval,
        int missedHeartbeats,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        String nodeName) {

    public JobEngineSettings {
        if (threads < 1 || missedHeartbeats < 4 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "threads and maxAttempts must be at least 1, missedHeartbeats at least 4");
        }
        Objects.requireNonNull(pollingInterval, "pollingInterval");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(nodeName, "nodeName");
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones (1-based). */
    public Duration backoff(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
