package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.glassfish.tyrus.client.ClientManager;

/** A real WebSocket client that records what it receives; every wait is bounded. */
final class TestClient extends Endpoint implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile CountDownLatch stall;
    private volatile Session session;

    static TestClient connect(ClientManager client, URI uri) throws Exception {
        TestClient endpoint = new TestClient();
        client.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(), uri);
        return endpoint;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        this.session = opened;
        opened.setMaxTextMessageBufferSize(8 << 20);
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::received);
    }

    @Override
    public void onClose(Session closedSession, CloseReason reason) {
        closed.complete(reason);
    }

    private void received(String text) {
        CountDownLatch latch = stall;
        if (latch != null) {
            try {
                latch.await(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            inbox.add(reader.readObject());
        }
    }

    /** From the next message on, this client's reading thread blocks until {@link #resume()}. */
    void stallReading() {
        stall = new CountDownLatch(1);
    }

    void resume() {
        CountDownLatch latch = stall;
        stall = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    void sendRaw(String text) throws IOException {
        try {
            session.getBasicRemote().sendText(text);
        } catch (RejectedExecutionException e) {
            // Tyrus' client races its own idle-timer restart against a close the server sent while
            // this message was going out (e.g. 1009): the message was written, the close follows.
        }
    }

    void sendBinary(ByteBuffer bytes) throws IOException {
        session.getBasicRemote().sendBinary(bytes);
    }

    /** Sends a v1 envelope and returns its id. */
    String send(String type, String channel, JsonObject payload) throws IOException {
        String id = "c-" + ids.incrementAndGet();
        JsonObjectBuilder builder =
                Json.createObjectBuilder().add("v", 1).add("type", type).add("id", id);
        if (channel != null) {
            builder.add("channel", channel);
        }
        if (payload != null) {
            builder.add("payload", payload);
        }
        sendRaw(builder.build().toString());
        return id;
    }

    String subscribe(String channel) throws IOException {
        return send(MessageTypes.SUBSCRIBE, channel, null);
    }

    /** Subscribes and waits for the answer. */
    JsonObject subscribed(String channel) throws IOException {
        return replyTo(subscribe(channel));
    }

    /** The next message, whatever it is. */
    JsonObject next() {
        try {
            JsonObject message = inbox.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                fail("no message within " + TIMEOUT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message that matches, skipping others. */
    JsonObject next(Predicate<JsonObject> wanted) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = next();
            if (wanted.test(message)) {
                return message;
            }
        }
        return fail("no matching message within " + TIMEOUT);
    }

    JsonObject nextOfType(String type) {
        return next(message -> type.equals(message.getString("type")));
    }

    JsonObject replyTo(String id) {
        return next(message -> id.equals(message.getString("replyTo", null)));
    }

    /** Messages received and not yet taken. */
    int pending() {
        return inbox.size();
    }

    CloseReason awaitClose() throws Exception {
        return closed.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isOpen() {
        return session != null && session.isOpen() && !closed.isDone();
    }

    @Override
    public void close() throws IOException {
        resume();
        if (session != null && session.isOpen()) {
            session.close();
        }
    }
}
