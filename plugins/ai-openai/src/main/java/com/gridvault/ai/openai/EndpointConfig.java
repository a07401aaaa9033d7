package com.gridvault.ai.openai;

import com.gridvault.plugin.api.ai.AiProviderSettings;
import com.gridvault.plugin.api.config.ConfigOption;
import com.gridvault.plugin.api.config.ConfigType;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one endpoint and the URLs and headers they imply.
 *
 * @param variant the dialect
 * @param baseUrl the base URL without a trailing slash
 * @param apiKey the API key, or null when the server needs none
 * @param model the default chat model, or null
 * @param embeddingModel the default embedding model, or null
 * @param azureDeployment the Azure chat deployment, or null for other variants
 * @param azureEmbeddingDeployment the Azure embedding deployment, or null
 * @param azureApiVersion the Azure {@code api-version}
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param readTimeout how long to wait for the response, and between two chunks of a stream
 * @param streamUsage whether to ask for usage in the last stream chunk ({@code stream_options})
 */
record EndpointConfig(
        Variant variant,
        String baseUrl,
        String apiKey,
        String model,
        String embeddingModel,
        String azureDeployment,
        String azureEmbeddingDeployment,
        String azureApiVersion,
        Duration connectTimeout,
        Duration readTimeout,
        boolean streamUsage) {

    static final String VARIANT = "variant";
    static final String BASE_URL = "base-url";
    static final String API_KEY = "api-key";
    static final String MODEL = "model";
    static final String EMBEDDING_MODEL = "embedding-model";
    static final String AZURE_DEPLOYMENT = "azure.deployment";
    static final String AZURE_EMBEDDING_DEPLOYMENT = "azure.embedding-deployment";
    static final String AZURE_API_VERSION = "azure.api-version";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String READ_TIMEOUT = "read-timeout";
    static final String STREAM_USAGE = "stream-usage";

    static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(
                    VARIANT,
                    ConfigType.CHOICE,
                    "openai",
                    "openai for api.openai.com, azure for Azure OpenAI, compatible for vLLM, Ollama, llama.cpp and other"
                            + " OpenAI-compatible servers.",
                    false,
                    true,
                    Variant.configValues()),
            ConfigOption.of(
                    BASE_URL,
                    ConfigType.URL,
                    "https://api.openai.com/v1",
                    "The API base URL, e.g. http://vllm:8000/v1, http://ollama:11434/v1, http://llama:8080/v1;"
                            + " for Azure the resource endpoint https://NAME.openai.azure.com."),
            new ConfigOption(
                    API_KEY,
                    ConfigType.STRING,
                    null,
                    "The API key. Required for OpenAI and Azure, optional for self-hosted servers.",
                    true,
                    false,
                    List.of()),
            ConfigOption.of(
                    MODEL, ConfigType.STRING, null, "The chat model used when a request names none, e.g. gpt-4o-mini."),
            ConfigOption.of(
                    EMBEDDING_MODEL,
                    ConfigType.STRING,
                    null,
                    "The embedding model used when a request names none, e.g. text-embedding-3-small."),
            ConfigOption.of(
                    AZURE_DEPLOYMENT, ConfigType.STRING, null, "Azure only: the chat deployment name (required)."),
            ConfigOption.of(
                    AZURE_EMBEDDING_DEPLOYMENT,
                    ConfigType.STRING,
                    null,
                    "Azure only: the embedding deployment name; without it the endpoint offers no embeddings."),
            ConfigOption.of(
                    AZURE_API_VERSION, ConfigType.STRING, "2024-10-21", "Azure only: the api-version query parameter."),
            ConfigOption.of(
                    CONNECT_TIMEOUT, ConfigType.DURATION, "PT10S", "How long to wait for a connection to the server."),
            ConfigOption.of(
                    READ_TIMEOUT,
                    ConfigType.DURATION,
                    "PT120S",
                    "How long to wait for an answer, and for the next chunk of a streamed answer."),
            ConfigOption.of(
                    STREAM_USAGE,
                    ConfigType.BOOLEAN,
                    "true",
                    "Ask for token usage at the end of streams (stream_options.include_usage); turn off for"
                            + " servers that reject it."));

    /**
     * Reads and validates settings.
     *
     * @throws com.gridvault.plugin.api.validation.InvalidInputException naming every bad setting
     */
    static EndpointConfig from(AiProviderSettings settings) {
        FieldErrors errors = FieldErrors.create();
        Variant variant = Variant.OPENAI;
        String variantValue = settings.value(VARIANT, "openai");
        try {
            variant = Variant.fromConfig(variantValue);
        } catch (IllegalArgumentException e) {
            errors.add(VARIANT, "must be one of " + Variant.configValues() + ", was '" + variantValue + "'");
        }
        String baseUrl = settings.value(BASE_URL, "https://api.openai.com/v1").replaceAll("/+$", "");
        errors.check(isHttpUrl(baseUrl), BASE_URL, "must be an absolute http or https URL");
        String apiKey = settings.secret(API_KEY).orElse(null);
        errors.check(
                apiKey != null || variant == Variant.COMPATIBLE, API_KEY, "is required for " + variant.configValue());
        String deployment = settings.value(AZURE_DEPLOYMENT).orElse(null);
        errors.check(deployment != null || variant != Variant.AZURE, AZURE_DEPLOYMENT, "is required for azure");
        Duration connectTimeout = duration(settings, CONNECT_TIMEOUT, Duration.ofSeconds(10), errors);
        Duration readTimeout = duration(settings, READ_TIMEOUT, Duration.ofSeconds(120), errors);
        String streamUsage = settings.value(STREAM_USAGE, "true");
        errors.check(
                streamUsage.equalsIgnoreCase("true") || streamUsage.equalsIgnoreCase("false"),
                STREAM_USAGE,
                "must be true or false");
        errors.throwIfAny();
        return new EndpointConfig(
                variant,
                baseUrl,
                apiKey,
                settings.value(MODEL).orElse(null),
                settings.value(EMBEDDING_MODEL).orElse(null),
                deployment,
                settings.value(AZURE_EMBEDDING_DEPLOYMENT).orElse(null),
                settings.value(AZURE_API_VERSION, "2024-10-21"),
                connectTimeout,
                readTimeout,
                Boolean.parseBoolean(streamUsage));
    }

    URI chatUri() {
        return variant == Variant.AZURE
                ? azureDeploymentUri(azureDeployment, "chat/completions")
                : uri("/chat/completions");
    }

    URI embeddingsUri() {
        return variant == Variant.AZURE
                ? azureDeploymentUri(azureEmbeddingDeployment, "embeddings")
                : uri("/embeddings");
    }

    URI modelsUri() {
        return variant == Variant.AZURE ? uri("/openai/models?api-version=" + encode(azureApiVersion)) : uri("/models");
    }

    boolean supportsEmbeddings() {
        return variant != Variant.AZURE || azureEmbeddingDeployment != null;
    }

    /** Adds the authentication header of the variant; self-hosted servers may need none. */
    HttpRequest.Builder authenticate(HttpRequest.Builder request) {
        if (apiKey == null) {
            return request;
        }
        return variant == Variant.AZURE
                ? request.header("api-key", apiKey)
                : request.header("Authorization", "Bearer " + apiKey);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "EndpointConfig[variant=" + variant + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null ? "none" : "***") + ", model=" + model + ", azureDeployment=" + azureDeployment + "]";
    }

    private URI azureDeploymentUri(String deployment, String operation) {
        return uri("/openai/deployments/" + encode(deployment) + "/" + operation + "?api-version="
                + encode(azureApiVersion));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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
