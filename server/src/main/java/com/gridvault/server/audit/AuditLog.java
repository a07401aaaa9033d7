package com.gridvault.server.audit;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.auth.UserPrincipal;
import com.gridvault.server.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Appends audit entries. Features call {@link #record} after (or instead of) the action.
 *
 * <p>Contract: each entry is written in its own transaction ({@code REQUIRES_NEW}), so a business
 * transaction that rolls back still leaves its FAILURE entry; and {@code record} never throws into
 * the business flow — if the entry cannot be stored after a few attempts it is logged at ERROR with
 * every field, and the caller carries on. The time is taken here, the actor from {@link CurrentCaller}
 * (unless the event names one), the IP from the current servlet request's remote address (unless
 * the event names one; Liberty's {@code remoteIp} setting decides whether proxies are trusted) and
 * the request id from {@link RequestIds}.
 */
@ApplicationScoped
public class AuditLog {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = System.getLogger(AuditLog.class.getName());

    @Inject
    AuditRepository entries;

    @Inject
    Instance<CurrentCaller> callers;

    @Inject
    Instance<HttpServletRequest> requests;

    Clock clock = Clock.systemUTC();

    /**
     * Records an event.
     *
     * @param event what happened
     * @return the stored entry, or empty when it could not be stored (already logged)
     */
    public Optional<AuditEntry> record(AuditEvent event) {
        AuditEntry.Draft draft = draft(event);
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(entries.append(draft));
            } catch (RuntimeException e) {
                // A racing first append of a chain, or a lock timeout: the transaction rolled back.
                if (attempt >= MAX_ATTEMPTS) {
                    LOG.log(Level.ERROR, "Audit entry could not be stored after " + attempt + " attempts: " + draft, e);
                    return Optional.empty();
                }
                pause(attempt);
            }
        }
    }

    AuditEntry.Draft draft(AuditEvent event) {
        AuditActor actor = event.actor() != null ? event.actor() : currentActor();
        return new AuditEntry.Draft(
                UUID.randomUUID().toString(),
                event.orgId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor == null ? null : AuditEntry.clip(actor.userId(), 36),
                actor == null ? null : AuditEntry.clip(actor.name(), 254),
                event.action(),
                AuditEntry.clip(event.targetType(), 100),
                AuditEntry.clip(event.targetId(), 200),
                event.outcome(),
                AuditEntry.clip(event.ip() != null ? event.ip() : remoteAddress(), 45),
                RequestIds.current(),
                detailsJson(event));
    }

    private AuditActor currentActor() {
        try {
            if (callers == null || !callers.isResolvable()) {
                return null;
            }
            UserPrincipal principal = callers.get().principal();
            return new AuditActor(principal.userId(), principal.username());
        } catch (RuntimeException notInARequestOrAnonymous) {
            return null;
        }
    }

    private String remoteAddress() {
        try {
            return requests == null || !requests.isResolvable()
                    ? null
                    : requests.get().getRemoteAddr();
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }

    private static String detailsJson(AuditEvent event) {
        if (event.details().isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        event.details().forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value);
            }
        });
        return json.build().toString();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
