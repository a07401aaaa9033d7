package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.time.Duration;
import java.util.List;

/** The failures the router creates, with their messages in one place. */
final class Failures {

    private Failures() {}

    static AiProviderException timeout(ProviderRoute route, Duration timeout, boolean firstDelta) {
        return new AiProviderException(
                Kind.TIMEOUT,
                "AI route " + route + (firstDelta ? " sent no first token" : " gave no answer") + " within the"
                        + " router's call timeout of " + timeout,
                null);
    }

    /** Wraps what a misbehaving provider threw instead of an {@link AiProviderException}. */
    static AiProviderException asProviderFailure(Throwable failure, ProviderRoute route) {
        if (failure instanceof AiProviderException e) {
            return e;
        }
        // The class name only: an unexpected exception's message might quote settings.
        return new AiProviderException(
                Kind.UNAVAILABLE,
                "AI route " + route + " failed unexpectedly with "
                        + failure.getClass().getName(),
                failure);
    }

    static RoutingFailedException rejected(TaskKind kind, ProviderRoute route, AiProviderException e, List<Attempt> a) {
        return new RoutingFailedException(
                "AI route " + route + " rejected the " + kind + " request (" + e.kind() + "); other routes were not"
                        + " tried because they would reject it the same way: " + e.getMessage(),
                e.kind(),
                e,
                a);
    }

    static RoutingFailedException afterOutput(
            TaskKind kind, ProviderRoute route, AiProviderException e, List<Attempt> a) {
        return new RoutingFailedException(
                "AI route " + route + " failed (" + e.kind() + ") after part of the " + kind + " answer was"
                        + " streamed, so it was not restarted elsewhere: " + e.getMessage(),
                e.kind(),
                e,
                a);
    }

    static RoutingFailedException exhausted(String orgId, TaskKind kind, AiProviderException last, List<Attempt> a) {
        long calls = a.stream().filter(x -> x.outcome().called()).count();
        String summary = "Every AI route for " + kind + " tasks of organization '" + orgId + "' failed or was"
                + " skipped (" + calls + " calls, " + (a.size() - calls) + " skips)";
        if (last == null) {
            return new RoutingFailedException(summary, Kind.UNAVAILABLE, null, a);
        }
        return new RoutingFailedException(
                summary + "; last error (" + last.kind() + "): " + last.getMessage(), last.kind(), last, a);
    }
}
