package com.gridvault.server.web.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) per key, e.g. {@code user:<id>} or {@code ip:<address>}. A key's bucket is
 * re-created when its allowance changes (a plan upgrade). In-memory per node: with several nodes each
 * enforces the limit on the requests it receives.
 */
public final class RateLimiter {

    /** Buckets kept before idle ones are dropped. */
    static final int MAX_KEYS = 100_000;

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    private record Entry(long perMinute, Bucket bucket) {}

    /**
     * Takes one request from the key's allowance.
     *
     * @return empty when allowed, else how long until the next request is allowed
     */
    public java.util.Optional<Duration> tryAcquire(String key, long perMinute) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // a flood of distinct keys: start over rather than grow without bound
        }
        Entry entry = buckets.compute(
                key,
                (k, existing) -> existing != null && existing.perMinute() == perMinute
                        ? existing
                        : new Entry(perMinute, newBucket(perMinute)));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L)));
    }

    private static Bucket newBucket(long perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
