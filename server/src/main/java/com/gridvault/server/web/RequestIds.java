package com.gridvault.server.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id of the request the current thread serves. */
public final class RequestIds {

    /** The header clients may send and always receive. */
    public static final String HEADER = "X-Request-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    /** Returns the current id, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /** Accepts a client-supplied id when it is safe to log, else generates one. */
    static String acceptOrGenerate(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
