package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real-time hub on the real server, with the JDK's WebSocket client: ws-token authentication
 * (single use), tenant-checked subscriptions, and ingestion job progress pushed to the workspace's
 * channel.
 */
class RealtimeHubIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static String workspaceA;
    private static String workspaceB;

    @BeforeAll
    static void twoTenants() {
        for (String name : List.of("hana", "igor")) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        workspaceA = workspace("hana");
        workspaceB = workspace("igor");
    }

    @Test
    void aTokenWorksOnceAndABadOneIsClosedWith4401() throws Exception {
        String token = wsToken("hana");
        Client first = Client.connect(token);
        first.send("{\"v\":1,\"type\":\"ping\",\"id\":\"p1\"}");
        assertThat(first.next()).contains("\"type\":\"pong\"");
        first.close();

        Client reused = Client.connect(token);
        assertThat(reused.closeCode()).isEqualTo(4401);
        Client bogus = Client.connect("gvw_not-a-token");
        assertThat(bogus.closeCode()).isEqualTo(4401);
        given().baseUri(Api.BASE).post("/api/v1/auth/ws-token").then().statusCode(401);
    }

    @Test
    void subscriptionsAreTenantCheckedAndJobProgressArrivesOnTheWorkspaceChannel() throws Exception {
        Client hana = Client.connect(wsToken("hana"));
        hana.send("{\"v\":1,\"type\":\"subscribe\",\"id\":\"s1\",\"channel\":\"workspace:" + workspaceB + "\"}");
        String foreign = hana.next();
        hana.send("{\"v\":1,\"type\":\"subscribe\",\"id\":\"s2\",\"channel\":\"workspace:" + UUID.randomUUID() + "\"}");
        String unknown = hana.next();
        assertThat(foreign).contains("forbidden_or_unknown");
        assertThat(payload(unknown))
                .as("the same answer as for a foreign channel")
                .isEqualTo(payload(foreign));

        hana.send("{\"v\":1,\"type\":\"subscribe\",\"id\":\"s3\",\"channel\":\"workspace:" + workspaceA + "\"}");
        assertThat(hana.next()).contains("subscribed");
        JsonPath uploaded = given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic("hana-" + SUFFIX, PASSWORD)
                .multiPart("file", "note.txt", ("Hub note " + SUFFIX).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/workspaces/" + workspaceA + "/documents")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        String jobId = uploaded.getString("jobId");
        boolean done = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!done && System.nanoTime() < deadline) {
            String message = hana.next();
            if (message.contains("\"job.progress\"") && message.contains(jobId)) {
                done = message.contains("\"status\":\"SUCCEEDED\"");
            }
        }
        assertThat(done).as("a SUCCEEDED job.progress event for " + jobId).isTrue();
        hana.close();
    }

    private static String payload(String message) {
        return message.substring(message.indexOf("\"payload\""));
    }

    private static String wsToken(String user) {
        return as(user).post("/api/v1/auth/ws-token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static String workspace(String user) {
        String org = as(user).body(Map.of("name", user + " " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return as(user).body(Map.of("name", "Live"))
                .post("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }

    /** A WebSocket client collecting text messages and the close code. */
    static final class Client implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Client connect(String token) throws Exception {
            Client client = new Client();
            URI uri = URI.create(Api.BASE.replaceFirst("^http", "ws") + "/ws?token=" + token);
            try {
                client.socket = HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(uri, client)
                        .get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                client.closed.completeExceptionally(e.getCause());
            }
            return client;
        }

        void send(String text) throws Exception {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        }

        String next() throws InterruptedException {
            String message = messages.poll(30, TimeUnit.SECONDS);
            assertThat(message).as("a message within 30 s").isNotNull();
            return message;
        }

        int closeCode() throws Exception {
            return closed.get(10, TimeUnit.SECONDS);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
