package com.gridvault.ai.router;

import com.gridvault.plugin.api.ai.AiProviderException;
import java.util.List;

/**
 * A routed call failed: every route failed or was skipped, a provider rejected the request in a way
 * no fallback would fix, or a stream failed after its first delta. {@link #kind()} is the last
 * provider error's kind (when every circuit was open: the error that opened the last one, or {@code
 * UNAVAILABLE} when none is known), and {@link #attempts()} tells what was tried.
 */
public final class RoutingFailedException extends AiRouterException {

    private static final long serialVersionUID = 1L;

    private final AiProviderException.Kind kind;
    private final transient List<Attempt> attempts;

    RoutingFailedException(
            String message, AiProviderException.Kind kind, AiProviderException last, List<Attempt> attempts) {
        super(message, last);
        this.kind = kind;
        this.attempts = List.copyOf(attempts);
    }

    /**
     * Returns the kind of failure, which decides the HTTP status the server answers with.
     *
     * @return the last provider error's kind, or {@code UNAVAILABLE} when none is known
     */
    public AiProviderException.Kind kind() {
        return kind;
    }

    /**
     * Returns every attempt and skip, in order.
     *
     * @return the attempts
     */
    public List<Attempt> attempts() {
        return attempts == null ? List.of() : attempts;
    }
}
