package com.gridvault.ai.openai;

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
import java.util.Optional;

/**
 * Turns HTTP error responses, in-stream error objects and I/O failures into {@link
 * AiProviderException}s. Messages quote the provider's error message, never request headers.
 */
final class ErrorMapper {

    private static final int MAX_MESSAGE = 300;

    private final ObjectMapper json;

    ErrorMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Maps a non-2xx response. */
    AiProviderException fromResponse(int status, HttpHeaders headers, String body) {
        JsonNode error = errorObject(body);
        String code = text(error, "code");
        String type = text(error, "type");
        String message = Optional.ofNullable(text(error, "message")).orElse(body == null ? "" : body);
        Kind kind = classify(status, code, type, message, error);
        Duration retryAfter = kind == Kind.RATE_LIMITED ? retryAfter(headers, Instant.now()) : null;
        String summary = "AI provider answered HTTP " + status + (code == null ? "" : " (" + code + ")") + ": "
                + abbreviate(message);
        return new AiProviderException(kind, summary, status, retryAfter, null);
    }

    /** Maps an {@code error} object that a server sent inside a 200 stream. */
    AiProviderException fromStreamError(JsonNode chunk) {
        JsonNode error = chunk.get("error");
        String message = error.isTextual() ? error.asText() : text(error, "message");
        int status = error.path("code").isInt() ? error.path("code").asInt() : 0;
        Kind kind = classify(status, text(error, "code"), text(error, "type"), String.valueOf(message), error);
        return new AiProviderException(
                kind == Kind.BAD_REQUEST && status == 0 ? Kind.UNAVAILABLE : kind,
                "AI provider reported an error in the stream: " + abbreviate(String.valueOf(message)),
                status,
                null,
                null);
    }

    /** Maps a failure to send or to read a response. */
    static AiProviderException fromIo(Throwable failure, EndpointConfig config) {
        if (failure instanceof HttpConnectTimeoutException) {
            return new AiProviderException(
                    Kind.UNAVAILABLE,
                    "AI provider at " + config.baseUrl() + " did not accept a connection within "
                            + config.connectTimeout(),
                    failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return timeout(config);
        }
        if (failure instanceof ConnectException) {
            return new AiProviderException(
                    Kind.UNAVAILABLE, "AI provider at " + config.baseUrl() + " refused the connection", failure);
        }
        String detail = failure instanceof IOException ? String.valueOf(failure.getMessage()) : failure.toString();
        return new AiProviderException(
                Kind.UNAVAILABLE, "Connection to AI provider at " + config.baseUrl() + " failed: " + detail, failure);
    }

    static AiProviderException timeout(EndpointConfig config) {
        return new AiProviderException(
                Kind.TIMEOUT,
                "AI provider at " + config.baseUrl() + " did not answer within the read timeout of "
                        + config.readTimeout(),
                null);
    }

    static AiProviderException contentFiltered() {
        return new AiProviderException(
                Kind.CONTENT_FILTERED, "The AI provider's content filter withheld the answer", null);
    }

    /**
     * Reads how long to wait: {@code retry-after-ms} (Azure), else {@code Retry-After} in seconds or as
     * an HTTP-date.
     */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Duration.ofMillis(
                        Math.max(0, (long) Double.parseDouble(millis.get().trim())));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        return headers.firstValue("retry-after")
                .map(v -> parseRetryAfter(v, now))
                .orElse(null);
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

    private static Kind classify(int status, String code, String type, String message, JsonNode error) {
        String lowerMessage = message == null ? "" : message.toLowerCase(Locale.ROOT);
        String innerCode = error == null ? null : text(error.path("innererror"), "code");
        if ("content_filter".equals(code) || "ResponsibleAIPolicyViolation".equals(innerCode)) {
            return Kind.CONTENT_FILTERED;
        }
        if ("context_length_exceeded".equals(code)
                || (type != null && type.contains("exceed_context_size"))
                || lowerMessage.contains("maximum context length")
                || lowerMessage.contains("context length exceeded")
                || lowerMessage.contains("exceeds the available context size")
                || status == 413) {
            return Kind.CONTEXT_TOO_LONG;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return Kind.AUTHENTICATION;
        }
        if (status == 408 || status == 504) {
            return Kind.TIMEOUT;
        }
        if (status >= 500) {
            return Kind.UNAVAILABLE;
        }
        return Kind.BAD_REQUEST;
    }

    private JsonNode errorObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            JsonNode error = root.get("error");
            if (error != null && error.isTextual()) {
                return json.createObjectNode().put("message", error.asText());
            }
            return error != null && error.isObject() ? error : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
    }
}
