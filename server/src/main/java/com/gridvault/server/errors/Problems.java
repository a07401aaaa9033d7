package com.gridvault.server.errors;

import com.gridvault.server.web.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds and serializes problem documents; shared by the JAX-RS mapper and the servlet error page. */
public final class Problems {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Problems() {}

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, null);
    }

    public static Problem of(ProblemType type, String detail, String instance, List<Problem.FieldProblem> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, RequestIds.current(), errors);
    }

    /** A problem for a request whose correlation id is known but no longer bound to the thread. */
    public static Problem withRequestId(Problem problem, String requestId) {
        return new Problem(
                problem.type(),
                problem.title(),
                problem.status(),
                problem.detail(),
                problem.instance(),
                requestId,
                problem.errors());
    }

    /**
     * Shortens a client-supplied value (an id, a name) before it is echoed in a problem detail.
     *
     * @param value the value
     * @return at most 64 characters, with "..." when cut
     */
    public static String clip(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }

    public static String toJson(Problem problem) {
        return JSONB.toJson(problem);
    }

    /** Writes a problem straight to a servlet response (for errors outside JAX-RS). */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(toJson(problem));
        response.flushBuffer();
    }
}
