package com.gridvault.server.errors;

import com.gridvault.server.web.RequestIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Renders errors raised by the servlet container itself (web.xml error pages) as problem documents,
 * so that even a request outside the REST API never gets an HTML page or a stack trace.
 */
@WebServlet("/_error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = System.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s ? s : 404;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (path == null) {
            path = request.getRequestURI();
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail =
                switch (type) {
                    case NOT_FOUND -> "No resource at " + path + ". The REST API is under /api/v1; see /openapi/ui.";
                    case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed on " + path;
                    default -> type.title();
                };
        if (status >= 500) {
            LOG.log(Level.ERROR, "Unhandled error on " + path, failure);
            detail = "An unexpected error occurred. Quote the request id to your administrator.";
        }
        Problem problem = Problems.of(type, detail, path);
        if (problem.requestId() == null) {
            // Error dispatches run after the correlation filter finished; its id is on the response.
            problem = Problems.withRequestId(problem, response.getHeader(RequestIds.HEADER));
        }
        Problems.write(response, problem);
    }
}
