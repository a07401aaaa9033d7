package com.gridvault.ai.anthropic;

import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one Anthropic endpoint.
 *
 * @param baseUrl the base URL without a trailing slash, e.g. {@code https://api.anthropic.com}
 * @param apiKey the API key, sent as {@code x-api-key}
 * @param apiVersion the {@code anthropic-version} header
 * @param model the default model, or null
 * @param maxTokens the {@code max_tokens} used when a request sets none (the API requires one)
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for the response, and between two lines of a stream
 */
record AnthropicConfig(
        String baseUrl,
        String apiKey,
        String apiVersion,
        String model,
        int maxTokens,
        Duration connectTimeout,
        Duration readTimeout) {

    static final String BASE_URL = "base-url";
    static final String API_KEY = "api-key";
    static final String API_VERSION = "api-version";
    static final String MODEL = "model";
    static final String MAX_TOKENS = "max-tokens";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String READ_TIMEOUT = "read-timeout";

    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    BASE_URL,
                    ConfigType.URL,
                    "https://api.anthropic.com",
                    "The API base URL, without /v1; change it only for a proxy or gateway."),
            ConfigOption.secret(API_KEY, "The Anthropic API key, sent as the x-api-key header."),
            ConfigOption.of(API_VERSION, ConfigType.STRING, "2023-06-01", "The anthropic-version header."),
            ConfigOption.of(
                    MODEL,
                    ConfigType.STRING,
                    null,
                    "The model used when a request names none, e.g. claude-sonnet-4-5."),
            ConfigOption.of(
                    MAX_TOKENS,
                    ConfigType.INTEGER,
                    "1024",
                    "The most tokens to generate when a request sets no limit; the Messages API requires one."),
            ConfigOption.of(
                    CONNECT_TIMEOUT, ConfigType.DURATION, "PT10S", "How long to wait for a connection to the server."),
            ConfigOption.of(
                    READ_TIMEOUT,
                    ConfigType.DURATION,
                    "PT120S",
                    "How long to wait for an answer, and for the next event of a streamed answer."));

    /**
     * Reads and validates settings.
     *
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad setting
     */
    static AnthropicConfig from(AiProviderSettings settings) {
        FieldErrors errors = FieldErrors.create();
        String baseUrl = settings.value(BASE_URL, "https://api.anthropic.com").replaceAll("/+$", "");
        errors.check(isHttpUrl(baseUrl), BASE_URL, "must be an absolute http or https URL");
        String apiKey = settings.secret(API_KEY).orElse(null);
        errors.notNull(API_KEY, apiKey);
        int maxTokens = 1024;
        try {
            maxTokens = Integer.parseInt(settings.value(MAX_TOKENS, "1024"));
            errors.positive(MAX_TOKENS, maxTokens);
        } catch (NumberFormatException e) {
            errors.add(MAX_TOKENS, "must be a whole number");
        }
        Duration connectTimeout = duration(settings, CONNECT_TIMEOUT, Duration.ofSeconds(10), errors);
        Duration readTimeout = duration(settings, READ_TIMEOUT, Duration.ofSeconds(120), errors);
        errors.throwIfAny();
        return new AnthropicConfig(
                baseUrl,
                apiKey,
                settings.value(API_VERSION, "2023-06-01"),
                settings.value(MODEL).orElse(null),
                maxTokens,
                connectTimeout,
                readTimeout);
    }

    URI messagesUri() {
        return URI.create(baseUrl + "/v1/messages");
    }

    URI modelsUri() {
        return URI.create(baseUrl + "/v1/models");
    }

    HttpRequest.Builder authenticate(HttpRequest.Builder request) {
        return request.header("x-api-key", apiKey).header("anthropic-version", apiVersion);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "AnthropicConfig[baseUrl=" + baseUrl + ", apiKey=***, apiVersion=" + apiVersion + ", model=" + model
                + "]";
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Duration duration(AiProviderSettings settings, String name, Duration fallback, FieldErrors errors) {
        try {
            return settings.duration(name, fallback);
        } catch (IllegalArgumentException e) {
            errors.add(name, "must be a positive ISO-8601 duration such as PT30S");
            return fallback;
        }
    }
}
