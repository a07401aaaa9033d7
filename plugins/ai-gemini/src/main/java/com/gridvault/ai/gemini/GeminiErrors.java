package com.gridvault.ai.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps Gemini errors (Google's {@code {"error":{"code","message","status","details"}}}, as an HTTP
 * response or a stream chunk), blocked prompts and answers, and I/O failures to {@link
 * AiProviderException}s.
 */
final class GeminiErrors {

    private static final int MAX_MESSAGE = 300;

    /** Messages Gemini uses when the input exceeds the model's context window. */
    private static final Pattern TOO_LONG = Pattern.compile(
            "input token count.*exceeds|exceeds the maximum number of tokens|too many tokens|context (length|window)");

    /** Finish reasons that mean a filter withheld (part of) the answer. */
    private static final Set<String> FILTERED =
            Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

    private final ObjectMapper json;

    GeminiErrors(ObjectMapper json) {
        this.json = json;
    }

    AiProviderException fromResponse(int status, HttpHeaders headers, String body) {
        JsonNode error = errorObject(body);
        if (error == null) {
            return new AiProviderException(
                    classify(status, null, null, ""),
                    "Gemini answered HTTP " + status + ": " + abbreviate(String.valueOf(body)),
                    status,
                    null,
                    null);
        }
        String grpcStatus = error.path("status").asText(null);
        String reason = reason(error);
        String message = error.path("message").asText("");
        Kind kind = classify(status, grpcStatus, reason, message);
        Duration retryAfter = kind == Kind.RATE_LIMITED
                ? headers.firstValue("retry-after")
                        .map(v -> parseRetryAfter(v, Instant.now()))
                        .orElseGet(() -> retryDelay(error))
                : null;
        return new AiProviderException(
                kind, describe("Gemini answered HTTP " + status, error), status, retryAfter, null);
    }

    private JsonNode errorObject(String body) {
        try {
            JsonNode error =
                    body == null || body.isBlank() ? null : json.readTree(body).get("error");
            return error != null && error.isObject() ? error : null;
        } catch (IOException e) {
            return null; // not JSON: a proxy's error page; the status decides
        }
    }

    /** An {@code error} object sent inside an otherwise successful stream. */
    static AiProviderException fromStreamError(JsonNode error) {
        Kind kind = classify(
                error.path("code").asInt(0),
                error.path("status").asText(null),
                reason(error),
                error.path("message").asText(""));
        return new AiProviderException(
                kind == Kind.BAD_REQUEST ? Kind.UNAVAILABLE : kind,
                describe("Gemini reported an error in the stream", error),
                null);
    }

    static AiProviderException fromIo(Throwable failure, GeminiConfig config) {
        if (failure instanceof HttpConnectTimeoutException) {
            return new AiProviderException(
                    Kind.UNAVAILABLE,
                    "Gemini at " + config.baseUrl() + " did not accept a connection within " + config.connectTimeout(),
                    failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return timeout(config);
        }
        if (failure instanceof ConnectException) {
            return new AiProviderException(
                    Kind.UNAVAILABLE, "Gemini at " + config.baseUrl() + " refused the connection", failure);
        }
        return new AiProviderException(
                Kind.UNAVAILABLE,
                "Connection to Gemini at " + config.baseUrl() + " failed: " + failure.getMessage(),
                failure);
    }

    static AiProviderException timeout(GeminiConfig config) {
        return new AiProviderException(
                Kind.TIMEOUT,
                "Gemini at " + config.baseUrl() + " did not answer within the read timeout of " + config.readTimeout(),
                null);
    }

    static boolean isFiltered(String finishReason) {
        return finishReason != null && FILTERED.contains(finishReason);
    }

    static AiProviderException filtered(String what, String reason) {
        return new AiProviderException(
                Kind.CONTENT_FILTERED, "Gemini's safety filters blocked the " + what + " (" + reason + ")", null);
    }

    static Duration parseRetryAfter(String value, Instant now) {
        String v = value.trim();
        try {
            return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(v) * 1000)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** Reads {@code google.rpc.RetryInfo}'s {@code retryDelay}, a protobuf Duration in JSON: "30s", "1.5s". */
    static Duration retryDelay(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            String delay = detail.path("retryDelay").asText("");
            if (detail.path("@type").asText("").endsWith("google.rpc.RetryInfo") && delay.endsWith("s")) {
                try {
                    BigDecimal seconds = new BigDecimal(delay.substring(0, delay.length() - 1));
                    return Duration.ofMillis(seconds.movePointRight(3).longValue());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String reason(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            if (detail.hasNonNull("reason")) {
                return detail.path("reason").asText();
            }
        }
        return null;
    }

    private static Kind classify(int status, String grpcStatus, String reason, String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (status == 413 || TOO_LONG.matcher(lower).find()) {
            return Kind.CONTEXT_TOO_LONG;
        }
        if (status == 429 || "RESOURCE_EXHAUSTED".equals(grpcStatus)) {
            return Kind.RATE_LIMITED;
        }
        // an invalid key comes back as 400 INVALID_ARGUMENT with reason API_KEY_INVALID
        if (status == 401
                || status == 403
                || "UNAUTHENTICATED".equals(grpcStatus)
                || "PERMISSION_DENIED".equals(grpcStatus)
                || (reason != null && reason.startsWith("API_KEY_"))) {
            return Kind.AUTHENTICATION;
        }
        if (status == 408 || status == 504 || "DEADLINE_EXCEEDED".equals(grpcStatus)) {
            return Kind.TIMEOUT;
        }
        if (status >= 500 || "UNAVAILABLE".equals(grpcStatus) || "INTERNAL".equals(grpcStatus)) {
            return Kind.UNAVAILABLE;
        }
        return Kind.BAD_REQUEST;
    }

    private static String describe(String prefix, JsonNode error) {
        String status = error.path("status").asText("");
        return prefix + (status.isEmpty() ? "" : " (" + status + ")") + ": "
                + abbreviate(error.path("message").asText(""));
    }

    private static String abbreviate(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
    }
}
