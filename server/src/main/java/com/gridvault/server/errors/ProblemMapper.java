package com.gridvault.server.errors;

import com.gridvault.host.plugins.PluginConflictException;
import com.gridvault.host.plugins.PluginExtensionException;
import com.gridvault.host.plugins.PluginRejectedException;
import com.gridvault.host.plugins.UnknownPluginException;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.server.auth.NotAuthenticatedException;
import com.gridvault.server.auth.PermissionDeniedException;
import com.gridvault.server.auth.throttle.TooManyAttemptsException;
import com.gridvault.server.web.RequestIds;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/** The one place where an exception becomes an HTTP response: an RFC 9457 problem document. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = System.getLogger(ProblemMapper.class.getName());
    private static final int MAX_DETAIL = 500;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = toProblem(failure);
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(Problems.toJson(problem));
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Gridvault\", charset=\"UTF-8\"");
        }
        if (failure instanceof TooManyAttemptsException tooMany) {
            response.header(
                    HttpHeaders.RETRY_AFTER, Math.max(1, tooMany.retryAfter().toSeconds()));
        }
        if (failure instanceof com.gridvault.ai.router.BudgetExceededException budget) {
            response.header(
                    HttpHeaders.RETRY_AFTER,
                    Math.max(
                            1,
                            java.time.Duration.between(java.time.Instant.now(), budget.periodEnd())
                                    .toSeconds()));
        }
        if (failure instanceof NotAllowedException notAllowed) {
            response.header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    Problem toProblem(Throwable failure) {
        String path = uri == null ? null : uri.getRequestUri().getRawPath();
        if (failure instanceof ApiException api) {
            return Problems.of(api.type(), api.getMessage(), path, api.errors());
        }
        if (failure instanceof InvalidInputException invalid) {
            List<Problem.FieldProblem> errors = invalid.errors().stream()
                    .map(e -> new Problem.FieldProblem(e.path(), e.message()))
                    .toList();
            return Problems.of(
                    ProblemType.VALIDATION, "The input has " + errors.size() + " invalid field(s)", path, errors);
        }
        if (failure instanceof ConstraintViolationException violations) {
            List<Problem.FieldProblem> errors = violations.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldProblem(fieldPath(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldProblem::field))
                    .toList();
            return Problems.of(
                    ProblemType.VALIDATION, "The input has " + errors.size() + " invalid field(s)", path, errors);
        }
        if (failure instanceof NotAuthenticatedException) {
            return Problems.of(ProblemType.UNAUTHENTICATED, failure.getMessage(), path);
        }
        if (failure instanceof TooManyAttemptsException) {
            return Problems.of(ProblemType.TOO_MANY_REQUESTS, failure.getMessage(), path);
        }
        if (failure instanceof PermissionDeniedException) {
            return Problems.of(ProblemType.FORBIDDEN, failure.getMessage(), path);
        }
        if (failure instanceof PayloadTooLargeException) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, failure.getMessage(), path);
        }
        if (failure instanceof UnknownPluginException) {
            return Problems.of(ProblemType.NOT_FOUND, failure.getMessage(), path);
        }
        if (failure instanceof PluginConflictException) {
            return Problems.of(ProblemType.CONFLICT, failure.getMessage(), path);
        }
        if (failure instanceof PluginRejectedException) {
            return Problems.of(ProblemType.UNPROCESSABLE, failure.getMessage(), path);
        }
        if (failure instanceof com.gridvault.ai.router.AiRouterException ai) {
            return AiProblems.of(ai, path);
        }
        if (failure instanceof PluginExtensionException) {
            LOG.log(Level.WARNING, "[" + RequestIds.current() + "] " + failure.getMessage(), failure);
            return Problems.of(ProblemType.PLUGIN_FAILURE, failure.getMessage(), path);
        }
        Throwable json = causeOfType(failure, JsonbException.class, JsonException.class);
        if (json != null) {
            return Problems.of(
                    ProblemType.MALFORMED_JSON,
                    "The request body is not valid JSON for this endpoint: " + clip(rootMessage(json)),
                    path);
        }
        PayloadTooLargeException tooLarge =
                (PayloadTooLargeException) causeOfType(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), path);
        }
        if (failure instanceof WebApplicationException web) {
            return fromWebApplicationException(web, path);
        }
        LOG.log(Level.ERROR, "[" + RequestIds.current() + "] Unexpected failure on " + path, failure);
        return Problems.of(
                ProblemType.INTERNAL,
                "An unexpected error occurred. Quote the request id to your administrator.",
                path);
    }

    private static Problem fromWebApplicationException(WebApplicationException web, String path) {
        int status = web.getResponse().getStatus();
        if (web instanceof NotFoundException) {
            return Problems.of(ProblemType.NOT_FOUND, "No resource at " + path, path);
        }
        if (web instanceof NotAllowedException) {
            return Problems.of(
                    ProblemType.METHOD_NOT_ALLOWED,
                    "Method not allowed on " + path + "; allowed: "
                            + web.getResponse().getHeaderString(HttpHeaders.ALLOW),
                    path);
        }
        if (web instanceof NotSupportedException) {
            return Problems.of(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "This endpoint does not accept that Content-Type", path);
        }
        if (web instanceof NotAcceptableException) {
            return Problems.of(
                    ProblemType.NOT_ACCEPTABLE, "This endpoint cannot produce the requested media type", path);
        }
        if (status >= 500) {
            LOG.log(Level.ERROR, "[" + RequestIds.current() + "] Server error on " + path, web);
            return Problems.of(
                    ProblemType.INTERNAL,
                    "An unexpected error occurred. Quote the request id to your administrator.",
                    path);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = web.getMessage() == null || web.getMessage().startsWith("HTTP ")
                ? type.title()
                : clip(web.getMessage());
        return Problems.of(type, detail, path);
    }

    private static String fieldPath(ConstraintViolation<?> violation) {
        // "create.arg0.name" -> "name": drop the method and parameter nodes of method validation.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    @SafeVarargs
    private static Throwable causeOfType(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String clip(String message) {
        String single = message.replaceAll("\\s+", " ").trim();
        return single.length() <= MAX_DETAIL ? single : single.substring(0, MAX_DETAIL) + "...";
    }
}
