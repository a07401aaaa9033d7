package com.gridvault.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request a correlation id: the client's {@code X-Request-Id} when it is a safe token,
 * otherwise a new UUID. The id is echoed in the response header, written to the access log, and
 * carried by every problem document and error log line.
 */
public class CorrelationIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        RequestIds.set(id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestIds.clear();
        }
    }
}
