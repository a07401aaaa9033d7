package com.gridvault.ai.anthropic;

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
import com.gridvault.plugin.api.ai.HealthStatus;
import com.gridvault.plugin.api.ai.ModelInfo;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
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

/** A connection to one Anthropic endpoint. Anthropic offers no embeddings. */
final class AnthropicConnection implements AiConnection {

    private final AnthropicConfig config;
    private final Logger logger;
    private final ObjectMapper json = new ObjectMapper();
    private final MessagesJson messagesJson = new MessagesJson(json);
    private final AnthropicErrors errors = new AnthropicErrors(json);
    private final HttpClient client;
    private final ScheduledExecutorService timer;
    private final Set<MessageStream> streams = ConcurrentHashMap.newKeySet();

    AnthropicConnection(AnthropicConfig config, Logger logger) {
        this.config = config;
        this.logger = logger;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(
                        config.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridvault-ai-anthropic-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ObjectNode body = messagesJson.request(request, model(request), config.maxTokens(), false);
        return MessageAssembler.fromMessage(send(post(body)), MessagesJson.structuredToolName(request));
    }

    @Override
    public ChatStream stream(ChatRequest request, ChatStreamListener listener) {
        ObjectNode body = messagesJson.request(request, model(request), config.maxTokens(), true);
        HttpRequest httpRequest =
                post(body).header("Accept", "text/event-stream").build();
        MessageStream stream = new MessageStream(
                listener, MessagesJson.structuredToolName(request), config, json, errors, timer, streams::remove);
        streams.add(stream);
        logger.log(Level.DEBUG, () -> "POST " + httpRequest.uri() + " (stream)");
        stream.start(client.sendAsync(httpRequest, stream.bodyHandler()));
        return stream;
    }

    @Override
    public List<ModelInfo> models() {
        JsonNode response = send(config.authenticate(HttpRequest.newBuilder(config.modelsUri())
                .timeout(config.readTimeout())
                .GET()));
        List<ModelInfo> models = new ArrayList<>();
        for (JsonNode model : response.path("data")) {
            models.add(new ModelInfo(model.path("id").asText(), "anthropic"));
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
        List.copyOf(streams).forEach(MessageStream::cancel);
        timer.shutdownNow();
    }

    @Override
    public String toString() {
        return "AnthropicConnection[" + config + "]";
    }

    private String model(ChatRequest request) {
        String model = request.model() != null ? request.model() : config.model();
        if (model == null) {
            throw new InvalidInputException("model", "is required: the endpoint has no default model configured");
        }
        return model;
    }

    private HttpRequest.Builder post(ObjectNode body) {
        return config.authenticate(HttpRequest.newBuilder(config.messagesUri())
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
            throw AnthropicErrors.fromIo(e, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for Anthropic");
        }
        logger.log(Level.DEBUG, () -> request.method() + " " + request.uri() + " -> " + response.statusCode());
        if (response.statusCode() / 100 != 2) {
            throw errors.fromResponse(response.statusCode(), response.headers(), response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AiProviderException(
                    AiProviderException.Kind.UNAVAILABLE, "Anthropic answered with a body that is not JSON", e);
        }
    }
}
