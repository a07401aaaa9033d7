package com.gridvault.ai.gemini;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.AiProviderException;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import com.gridvault.plugin.api.ai.Embedding;
import com.gridvault.plugin.api.ai.EmbeddingRequest;
import com.gridvault.plugin.api.ai.EmbeddingResponse;
import com.gridvault.plugin.api.ai.HealthStatus;
import com.gridvault.plugin.api.ai.ModelInfo;
import com.gridvault.plugin.api.ai.TokenUsage;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A connection to one Gemini endpoint. The API key travels only in the {@code x-goog-api-key}
 * header, so the logged request lines never contain it.
 */
final class GeminiConnection implements AiConnection {

    /** Guards {@link #models()} against a server that keeps handing out page tokens. */
    private static final int MAX_MODEL_PAGES = 20;

    private final GeminiConfig config;
    private final Logger logger;
    private final ObjectMapper json = new ObjectMapper();
    private final GeminiJson geminiJson = new GeminiJson(json);
    private final GeminiErrors errors = new GeminiErrors(json);
    private final HttpClient client;
    private final ScheduledExecutorService timer;
    private final Set<GeminiStream> streams = ConcurrentHashMap.newKeySet();

    GeminiConnection(GeminiConfig config, Logger logger) {
        this.config = config;
        this.logger = logger;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(
                        config.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridvault-ai-gemini-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ObjectNode body = geminiJson.request(request);
        return GeminiAssembler.fromResponse(send(post(config.modelUri(model(request), "generateContent"), body)));
    }

    @Override
    public ChatStream stream(ChatRequest request, ChatStreamListener listener) {
        ObjectNode body = geminiJson.request(request);
        URI uri = URI.create(config.modelUri(model(request), "streamGenerateContent") + "?alt=sse");
        HttpRequest httpRequest =
                post(uri, body).header("Accept", "text/event-stream").build();
        GeminiStream stream = new GeminiStream(listener, config, json, errors, timer, streams::remove);
        streams.add(stream);
        logger.log(Level.DEBUG, () -> "POST " + httpRequest.uri() + " (stream)");
        stream.start(client.sendAsync(httpRequest, stream.bodyHandler()));
        return stream;
    }

    @Override
    public boolean supportsEmbeddings() {
        return true;
    }

    /** Embeds all inputs in one {@code batchEmbedContents} call. */
    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        String model = request.model() != null ? GeminiConfig.bareModel(request.model()) : config.embeddingModel();
        ObjectNode body = json.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (String input : request.inputs()) {
            ObjectNode item = requests.addObject().put("model", "models/" + model);
            item.putObject("content").putArray("parts").addObject().put("text", input);
        }
        JsonNode response = send(post(config.modelUri(model, "batchEmbedContents"), body));
        List<Embedding> embeddings = new ArrayList<>();
        for (JsonNode item : response.path("embeddings")) {
            JsonNode values = item.path("values");
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) values.get(i).asDouble();
            }
            embeddings.add(new Embedding(embeddings.size(), vector));
        }
        if (embeddings.size() != request.inputs().size()) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE,
                    "Gemini returned " + embeddings.size() + " embeddings for "
                            + request.inputs().size() + " inputs",
                    null);
        }
        // batchEmbedContents reports no token usage
        return new EmbeddingResponse(model, embeddings, TokenUsage.UNKNOWN);
    }

    @Override
    public List<ModelInfo> models() {
        List<ModelInfo> models = new ArrayList<>();
        String pageToken = null;
        for (int page = 0; page < MAX_MODEL_PAGES; page++) {
            JsonNode response = send(config.authenticate(HttpRequest.newBuilder(config.modelsUri(pageToken))
                    .timeout(config.readTimeout())
                    .GET()));
            for (JsonNode model : response.path("models")) {
                models.add(
                        new ModelInfo(GeminiConfig.bareModel(model.path("name").asText()), "google"));
            }
            pageToken = response.path("nextPageToken").asText("");
            if (pageToken.isEmpty()) {
                break;
            }
        }
        return models;
    }

    @Override
    public HealthStatus health() {
        long start = System.nanoTime();
        try {
            int count = models().size();
            return HealthStatus.up(Duration.ofNanos(System.nanoTime() - start), count + " models offered");
        } catch (AiProviderException e) {
            return HealthStatus.down(Duration.ofNanos(System.nanoTime() - start), e);
        }
    }

    @Override
    public void close() {
        List.copyOf(streams).forEach(GeminiStream::cancel);
        timer.shutdownNow();
    }

    @Override
    public String toString() {
        return "GeminiConnection[" + config + "]";
    }

    private String model(ChatRequest request) {
        String model = request.model() != null ? request.model() : config.model();
        if (model == null) {
            throw new InvalidInputException("model", "is required: the endpoint has no default model configured");
        }
        return model;
    }

    private HttpRequest.Builder post(URI uri, ObjectNode body) {
        return config.authenticate(HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), UTF_8)));
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        logger.log(Level.DEBUG, () -> request.method() + " " + request.uri());
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw GeminiErrors.fromIo(e, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for Gemini");
        }
        logger.log(Level.DEBUG, () -> request.method() + " " + request.uri() + " -> " + response.statusCode());
        if (response.statusCode() / 100 != 2) {
            throw errors.fromResponse(response.statusCode(), response.headers(), response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "Gemini answered with a body that is not JSON", e);
        }
    }
}
