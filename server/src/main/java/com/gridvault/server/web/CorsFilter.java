package com.gridvault.server.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Cross-origin access for browser applications on other origins, only for the origins listed in
 * {@code gridvault.http.cors.allowed-origins} (comma-separated, exact {@code scheme://host[:port]};
 * empty by default: no cross-origin access). Credentials travel in the Authorization header, so no
 * cookies are allowed cross-origin. A preflight from an origin that is not listed gets 403.
 */
public class CorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, X-Request-Id, Range";
    static final String EXPOSED_HEADERS = "X-Request-Id, Location, Retry-After, Content-Range, Content-Disposition";

    @Inject
    transient Config config;

    private volatile Set<String> allowed;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean permitted = allowed().contains(normalize(origin));
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (permitted) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (preflight) {
            if (!permitted) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    private Set<String> allowed() {
        Set<String> current = allowed;
        if (current == null) {
            current = parse(config.getOptionalValue("gridvault.http.cors.allowed-origins", String.class)
                    .orElse(""));
            allowed = current;
        }
        return current;
    }

    static Set<String> parse(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(CorsFilter::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    static String normalize(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
