package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The credentials reach the wire as Elasticsearch expects them. The in-JVM test node has no security
 * (no x-pack), so this records the requests on a plain JDK HTTP server that answers like a secured
 * cluster: 401 with a Basic challenge without credentials, a count otherwise.
 */
class ClusterAuthenticationTest {

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anApiKeyIsSentPreemptivelyInTheApiKeyScheme() {
        try (ElasticsearchSearchBackend backend = backend(null, null, "a2V5OnNlY3JldA==")) {
            assertThat(backend.count("acme", "credit")).isEqualTo(7);
        }

        assertThat(authorizations).containsExactly("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void userAndPasswordAreSentPreemptivelyAsBasicAuth() {
        try (ElasticsearchSearchBackend backend = backend("gridvault", "s3cret", null)) {
            assertThat(backend.count("acme", "credit")).isEqualTo(7);
        }

        String basic =
                "Basic " + Base64.getEncoder().encodeToString("gridvault:s3cret".getBytes(StandardCharsets.UTF_8));
        // The low-level client caches a Basic scheme per host, so no 401 round trip comes first.
        assertThat(authorizations).containsExactly(basic);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "" : authorization);
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] body;
        if (authorization == null) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
            body = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing credentials\"},\"status\":401}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
        } else {
            body = "{\"count\":7,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private ElasticsearchSearchBackend backend(String user, String password, String apiKey) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new ElasticsearchSearchBackend(new ElasticsearchSettings(
                List.of(url),
                user,
                password,
                apiKey,
                "auth-",
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                60,
                100,
                1,
                0));
    }
}
