package com.gridvault.server.web.ratelimit;

import com.gridvault.server.config.ConfigReader;
import com.gridvault.server.tenancy.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;

/**
 * The node's rate limiter, its policy ({@code gridvault.ratelimit.free|pro|enterprise|anonymous},
 * requests per minute) and a one-minute cache of each user's best plan.
 */
@ApplicationScoped
public class RateLimits {

    private static final Duration PLAN_CACHE = Duration.ofMinutes(1);

    @Inject
    Config config;

    private final RateLimiter limiter = new RateLimiter();
    private final Map<String, CachedPlan> plans = new ConcurrentHashMap<>();
    private volatile RateLimitPolicy policy;

    private record CachedPlan(Plan plan, long expiresAt) {}

    public RateLimiter limiter() {
        return limiter;
    }

    public RateLimitPolicy policy() {
        RateLimitPolicy current = policy;
        if (current == null) {
            ConfigReader reader = ConfigReader.of(config);
            Map<Plan, Long> perMinute = new EnumMap<>(Plan.class);
            for (Plan plan : Plan.values()) {
                perMinute.put(
                        plan,
                        reader.positiveLong(
                                "gridvault.ratelimit." + plan.name().toLowerCase(java.util.Locale.ROOT),
                                RateLimitPolicy.DEFAULT.forPlan(plan)));
            }
            current = new RateLimitPolicy(
                    perMinute,
                    reader.positiveLong("gridvault.ratelimit.anonymous", RateLimitPolicy.DEFAULT.anonymousPerMinute()));
            policy = current;
        }
        return current;
    }

    Plan planOf(String userId, Supplier<Plan> lookup) {
        long now = System.nanoTime();
        CachedPlan cached = plans.get(userId);
        if (cached != null && cached.expiresAt() - now > 0) {
            return cached.plan();
        }
        if (plans.size() > RateLimiter.MAX_KEYS) {
            plans.clear();
        }
        Plan plan = lookup.get();
        plans.put(userId, new CachedPlan(plan, now + PLAN_CACHE.toNanos()));
        return plan;
    }
}
