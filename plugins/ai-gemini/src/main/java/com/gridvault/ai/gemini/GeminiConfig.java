package com.gridvault.ai.gemini;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one Gemini endpoint.
 *
 * @param baseUrl the base URL without a trailing slash, e.g. {@code
 *     https://generativelanguage.googleapis.com}
 * @param apiKey the API key, sent only as the {@code x-goog-api-key} header (never in a URL, where
 *     it would end up in logs)
 * @param model the default chat model, or null
 * @param embeddingModel the default embedding model
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for the response, and between two lines of a stream
 */
record GeminiConfig(
        String baseUrl,
        String apiKey,
        String model,
        String embeddingModel,
        Duration connectTimeout,
        Duration readTimeout) {

    static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";
    static final String BASE_URL = "base-url";
    static final String API_KEY = "api-key";
    static final String MODEL = "model";
    static final String EMBEDDING_MODEL = "embedding-model";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String READ_TIMEOUT = "read-timeout";

    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.of(
                    BASE_URL,
                    ConfigType.URL,
                    DEFAULT_BASE_URL,
                    "The API base URL, without /v1beta; change it only for a proxy or gateway."),
            ConfigOption.secret(API_KEY, "The Gemini API key, sent as the x-goog-api-key header."),
            ConfigOption.of(
                    MODEL, ConfigType.STRING, null, "The model used when a request names none, e.g. gemini-2.5-flash."),
            ConfigOption.of(
                    EMBEDDING_MODEL,
                    ConfigType.STRING,
                    "gemini-embedding-001",
                    "The model used for embeddings when a request names none."),
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
    static GeminiConfig from(AiProviderSettings settings) {
        FieldErrors errors = FieldErrors.create();
        String baseUrl = settings.value(BASE_URL, DEFAULT_BASE_URL).replaceAll("/+$", "");
        errors.check(isHttpUrl(baseUrl), BASE_URL, "must be an absolute http or https URL");
        String apiKey = settings.secret(API_KEY).orElse(null);
        errors.notNull(API_KEY, apiKey);
        Duration connectTimeout = duration(settings, CONNECT_TIMEOUT, Duration.ofSeconds(10), errors);
        Duration readTimeout = duration(settings, READ_TIMEOUT, Duration.ofSeconds(120), errors);
        errors.throwIfAny();
        return new GeminiConfig(
                baseUrl,
                apiKey,
                settings.value(MODEL).map(GeminiConfig::bareModel).orElse(null),
                bareModel(settings.value(EMBEDDING_MODEL, "gemini-embedding-001")),
                connectTimeout,
                readTimeout);
    }

    /** Accepts both {@code gemini-2.5-flash} and the API's resource name {@code models/gemini-2.5-flash}. */
    static String bareModel(String model) {
        return model.startsWith("models/") ? model.substring("models/".length()) : model;
    }

    URI modelUri(String model, String method) {
        return URI.create(baseUrl + "/v1beta/models/" + bareModel(model) + ":" + method);
    }

    URI modelsUri(String pageToken) {
        return URI.create(baseUrl + "/v1beta/models?pageSize=1000"
                + (pageToken == null ? "" : "&pageToken=" + URLEncoder.encode(pageToken, UTF_8)));
    }

    HttpRequest.Builder authenticate(HttpRequest.Builder request) {
        return request.header("x-goog-api-key", apiKey);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "GeminiConfig[baseUrl=" + baseUrl + ", apiKey=***, model=" + model + ", embeddingModel=" + embeddingModel
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
