package com.gridvault.server.errors;

import com.gridvault.ai.router.AiRouterException;
import com.gridvault.ai.router.BudgetExceededException;
import com.gridvault.ai.router.NoProviderConfiguredException;
import com.gridvault.ai.router.RoutingFailedException;

/** How AI routing failures reach clients. Messages never contain keys or provider internals. */
final class AiProblems {

    private AiProblems() {}

    static Problem of(AiRouterException failure, String path) {
        if (failure instanceof NoProviderConfiguredException) {
            return Problems.of(ProblemType.UNAVAILABLE, failure.getMessage(), path);
        }
        if (failure instanceof BudgetExceededException) {
            return Problems.of(ProblemType.TOO_MANY_REQUESTS, failure.getMessage(), path);
        }
        if (failure instanceof RoutingFailedException routing) {
            ProblemType type =
                    switch (routing.kind()) {
                        case BAD_REQUEST, CONTEXT_TOO_LONG, CONTENT_FILTERED -> ProblemType.UNPROCESSABLE;
                        case TIMEOUT -> ProblemType.UPSTREAM_TIMEOUT;
                        default -> ProblemType.UPSTREAM_FAILURE;
                    };
            return Problems.of(type, failure.getMessage(), path);
        }
        return Problems.of(ProblemType.UPSTREAM_FAILURE, failure.getMessage(), path);
    }
}
