package com.gridvault.ai.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.io.IOException;
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

/**
 * Maps Anthropic errors ({@code {"type":"error","error":{"type":...,"message":...}}}, as an HTTP
 * response or a stream {@code error} event) and I/O failures to {@link AiProviderException}s.
 */
final class AnthropicErrors {

    private static final int MAX_MESSAGE = 300;

    private final ObjectMapper json;

    AnthropicErrors(ObjectMapper json) {
        this.json = json;
    }

    AiProviderException fromResponse(int status, HttpHeaders headers, String body) {
        JsonNode error = null;
        try {
            error = body == null || body.isBlank() ? null : json.readTree(body).get("error");
        } catch (IOException e) {
            // not JSON: a proxy's error page; the status decides
        }
        String type = error == null ? null : error.path("type").asText(null);
        String message =
                error == null ? String.valueOf(body) : error.path("message").asText("");
        Kind kind = classify(status, type, message);
        Duration retryAfter = kind == Kind.RATE_LIMITED
                ? headers.firstValue("retry-after")
                        .map(v -> parseRetryAfter(v, Instant.now()))
                        .orElse(null)
                : null;
        return new AiProviderException(
                kind,
                "Anthropic answered HTTP " + status + (type == null ? "" : " (" + type + ")") + ": "
                        + abbreviate(message),
                status,
                retryAfter,
                null);
    }

    static AiProviderException fromStreamError(JsonNode event) {
        JsonNode error = event.path("error");
        String type = error.path("type").asText(null);
        String message = error.path("message").asText("");
        Kind kind = classify(0, type, message);
        return new AiProviderException(
                kind == Kind.BAD_REQUEST ? Kind.UNAVAILABLE : kind,
                "Anthropic reported an error in the stream" + (type == null ? "" : " (" + type + ")") + ": "
                        + abbreviate(message),
                null);
    }

    static AiProviderException fromIo(Throwable failure, AnthropicConfig config) {
        if (failure instanceof HttpConnectTimeoutException) {
            return new AiProviderException(
                    Kind.UNAVAILABLE,
                    "Anthropic at " + config.baseUrl() + " did not accept a connection within "
                            + config.connectTimeout(),
                    failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return timeout(config);
        }
        if (failure instanceof ConnectException) {
            return new AiProviderException(
                    Kind.UNAVAILABLE, "Anthropic at " + config.baseUrl() + " refused the connection", failure);
        }
        return new AiProviderException(
                Kind.UNAVAILABLE,
                "Connection to Anthropic at " + config.baseUrl() + " failed: " + failure.getMessage(),
                failure);
    }

    static AiProviderException timeout(AnthropicConfig config) {
        return new AiProviderException(
                Kind.TIMEOUT,
                "Anthropic at " + config.baseUrl() + " did not answer within the read timeout of "
                        + config.readTimeout(),
                null);
    }

    static AiProviderException refused() {
        return new AiProviderException(
                Kind.CONTENT_FILTERED, "Anthropic's safety filters withheld the answer (stop_reason refusal)", null);
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

    private static Kind classify(int status, String type, String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (lower.contains("prompt is too long") || status == 413 || "request_too_large".equals(type)) {
            return Kind.CONTEXT_TOO_LONG;
        }
        if (status == 429 || "rate_limit_error".equals(type)) {
            return Kind.RATE_LIMITED;
        }
        if (status == 401 || status == 403 || "authentication_error".equals(type) || "permission_error".equals(type)) {
            return Kind.AUTHENTICATION;
        }
        if (status == 408 || status == 504 || "timeout_error".equals(type)) {
            return Kind.TIMEOUT;
        }
        if (status >= 500 || "overloaded_error".equals(type) || "api_error".equals(type)) {
            return Kind.UNAVAILABLE;
        }
        return Kind.BAD_REQUEST;
    }

    private static String abbreviate(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
    }
}
