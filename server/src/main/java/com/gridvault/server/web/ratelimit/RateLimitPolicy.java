package com.gridvault.server.web.ratelimit;

import com.gridvault.server.tenancy.Plan;
import java.util.Map;
import java.util.Objects;

/**
 * Requests per minute allowed per caller, by the best plan among the caller's organizations, and
 * per client address for unauthenticated requests. Bursts up to one minute's allowance are served
 * at once; the allowance refills continuously.
 *
 * @param perMinute requests per minute per plan tier
 * @param anonymousPerMinute requests per minute per client address without credentials
 */
public record RateLimitPolicy(Map<Plan, Long> perMinute, long anonymousPerMinute) {

    /** FREE 120, PRO 600, ENTERPRISE 3000 per user; 60 per address for anonymous calls. */
    public static final RateLimitPolicy DEFAULT =
            new RateLimitPolicy(Map.of(Plan.FREE, 120L, Plan.PRO, 600L, Plan.ENTERPRISE, 3000L), 60);

    public RateLimitPolicy {
        perMinute = Map.copyOf(perMinute);
        for (Plan plan : Plan.values()) {
            if (Objects.requireNonNullElse(perMinute.get(plan), 0L) <= 0) {
                throw new IllegalArgumentException("A positive rate is needed for plan " + plan);
            }
        }
        if (anonymousPerMinute <= 0) {
            throw new IllegalArgumentException("anonymousPerMinute must be positive");
        }
    }

    public long forPlan(Plan plan) {
        return perMinute.get(plan);
    }
}
