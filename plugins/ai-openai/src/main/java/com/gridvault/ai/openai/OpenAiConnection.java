package com.gridvault.ai.openai;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A connection to one OpenAI-compatible endpoint over the JDK HTTP client. */
final class OpenAiConnection implements AiConnection {

    private final EndpointConfig config;
    private final Logger logger;
    private final ObjectMapper json = new ObjectMapper();
    private final ChatJson chatJson = new ChatJson(json);
    private final ErrorMapper errors = new ErrorMapper(json);
    private final HttpClient client;
    private final ScheduledExecutorService timer;
    private final Set<SseChatStream> streams = ConcurrentHashMap.newKeySet();

    OpenAiConnection(EndpointConfig config, Logger logger) {
        this.config = config;
        this.logger = logger;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // HTTP/2 over TLS where the server offers it; plain-HTTP servers (vLLM, Ollama) get HTTP/1.1
                // rather than an h2c upgrade attempt some of them mishandle
                .version(
                        config.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridvault-ai-openai-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ObjectNode body = chatJson.request(request, model(request), false, false);
        return chatJson.response(send(post(config.chatUri(), body)));
    }

    @Override
    public ChatStream stream(ChatRequest request, ChatStreamListener listener) {
        ObjectNode body = chatJson.request(request, model(request), true, config.streamUsage());
        HttpRequest httpRequest = post(config.chatUri(), body)
                .header("Accept", "text/event-stream")
                .build();
        SseChatStream stream = new SseChatStream(listener, config, json, errors, timer, streams::remove);
        streams.add(stream);
        logger.log(Level.DEBUG, () -> "POST " + httpRequest.uri() + " (stream)");
        stream.start(client.sendAsync(httpRequest, stream.bodyHandler()));
        return stream;
    }

    @Override
    public boolean supportsEmbeddings() {
        return config.supportsEmbeddings();
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        if (!supportsEmbeddings()) {
            throw new UnsupportedOperationException("This Azure endpoint has no azure.embedding-deployment configured");
        }
        ObjectNode body = json.createObjectNode();
        String model = request.model() != null ? request.model() : config.embeddingModel();
        if (model == null && config.variant() != Variant.AZURE) {
            throw new InvalidInputException("model", "is required: the endpoint has no embedding-model configured");
        }
        if (model != null) {
            body.put("model", model);
        }
        request.inputs().forEach(body.putArray("input")::add);
        JsonNode response = send(post(config.embeddingsUri(), body));
        List<Embedding> embeddings = new ArrayList<>();
        for (JsonNode item : response.path("data")) {
            JsonNode values = item.path("embedding");
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) values.get(i).asDouble();
            }
            embeddings.add(new Embedding(item.path("index").asInt(embeddings.size()), vector));
        }
        embeddings.sort(Comparator.comparingInt(Embedding::index));
        return new EmbeddingResponse(
                response.path("model").asText(""),
                embeddings,
                new TokenUsage(response.path("usage").path("prompt_tokens").asLong(0), 0));
    }

    @Override
    public List<ModelInfo> models() {
        JsonNode response = send(config.authenticate(HttpRequest.newBuilder(config.modelsUri())
                .timeout(config.readTimeout())
                .GET()));
        List<ModelInfo> models = new ArrayList<>();
        for (JsonNode model : response.path("data")) {
            models.add(new ModelInfo(
                    model.path("id").asText(), model.path("owned_by").asText("")));
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
        List.copyOf(streams).forEach(SseChatStream::cancel);
        timer.shutdownNow();
    }

    @Override
    public String toString() {
        return "OpenAiConnection[" + config + "]";
    }

    private String model(ChatRequest request) {
        String model = request.model() != null ? request.model() : config.model();
        if (model == null && config.variant() != Variant.AZURE) {
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
            throw ErrorMapper.fromIo(e, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the AI provider");
        }
        logger.log(Level.DEBUG, () -> request.method() + " " + request.uri() + " -> " + response.statusCode());
        if (response.statusCode() / 100 != 2) {
            throw errors.fromResponse(response.statusCode(), response.headers(), response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE,
                    "AI provider at " + config.baseUrl() + " answered with a body that is not JSON",
                    e);
        }
    }
}
