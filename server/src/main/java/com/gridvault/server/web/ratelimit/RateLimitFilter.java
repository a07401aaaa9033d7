package com.gridvault.server.web.ratelimit;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.throttle.TooManyAttemptsException;
import com.gridvault.server.tenancy.Organization;
import com.gridvault.server.tenancy.OrganizationRepository;
import com.gridvault.server.tenancy.Plan;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

/**
 * Limits request rates after authentication: per user by the best plan among the user's
 * organizations, per client address when nobody is signed in. Over the limit: 429 with
 * Retry-After. Plans are looked up at most once a minute per user.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationRepository organizations;

    @Inject
    RateLimits limits;

    @Context
    jakarta.servlet.http.HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String key;
        long perMinute;
        if (caller.isAuthenticated()) {
            String userId = caller.principal().userId();
            key = "user:" + userId;
            perMinute = limits.policy().forPlan(limits.planOf(userId, () -> bestPlan(userId)));
        } else {
            key = "ip:" + servletRequest.getRemoteAddr();
            perMinute = limits.policy().anonymousPerMinute();
        }
        Optional<Duration> wait = limits.limiter().tryAcquire(key, perMinute);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(
                    wait.get(),
                    "Too many requests: at most " + perMinute + " per minute for this "
                            + (key.startsWith("user:") ? "account's plan" : "address") + "; retry later");
        }
    }

    private Plan bestPlan(String userId) {
        return organizations
                .forUser(userId, null, com.gridvault.server.web.paging.PageRequest.first(200))
                .items()
                .stream()
                .map(Organization::plan)
                .max(Comparator.naturalOrder())
                .orElse(Plan.FREE);
    }
}
