package com.gridvault.server.web;

import com.gridvault.server.addin.TaskPaneServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets conservative security headers on every response; HSTS only over TLS. The Excel add-in's task
 * pane replaces the Content-Security-Policy with its own and is not sent X-Frame-Options.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        // Office on the web frames the Excel add-in's task pane: the page sets its own CSP with
        // frame-ancestors (com.gridvault.server.addin.TaskPanePolicy); a browser that ignores
        // frame-ancestors would still obey X-Frame-Options and refuse the frame.
        if (!request.getRequestURI().equals(TaskPaneServlet.PATH)) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
