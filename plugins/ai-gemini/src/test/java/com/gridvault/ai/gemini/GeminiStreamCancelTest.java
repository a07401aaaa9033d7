package com.gridvault.ai.gemini;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.ai.AiConnection;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatResponse;
import com.gridvault.plugin.api.ai.ChatStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a stream must close the upstream connection. WireMock cannot report a client's
 * disconnect, so this test serves the stream from a plain loopback socket and watches it close.
 */
class GeminiStreamCancelTest {

    @Test
    void cancelStopsDeliveryAndClosesTheConnection() throws Exception {
        CountDownLatch firstDelta = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<ChatDelta> deltas = new CopyOnWriteArrayList<>();

        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Boolean> clientClosed = CompletableFuture.supplyAsync(() -> serve(server, cancelled));

            try (AiConnection connection =
                    Fixtures.connect("http://127.0.0.1:" + server.getLocalPort(), "read-timeout", "PT5S")) {
                ChatStream stream = connection.stream(Fixtures.hello(), delta -> {
                    deltas.add(delta);
                    firstDelta.countDown();
                });
                assertThat(firstDelta.await(5, TimeUnit.SECONDS)).isTrue();

                stream.cancel();
                cancelled.countDown();

                assertThat(clientClosed.get(5, TimeUnit.SECONDS))
                        .as("server saw the client close")
                        .isTrue();
                assertThat(stream.isDone()).isTrue();
                CompletableFuture<ChatResponse> result = stream.result().toCompletableFuture();
                assertThat(result).isCompletedExceptionally();
                assertThat(result.handle((ok, e) -> e).join()).hasRootCauseInstanceOf(CancellationException.class);
                assertThat(deltas).extracting(ChatDelta::content).containsExactly("Hel");
            }
        }
    }

    /** Sends one chunk, then another after the test cancelled, then waits for the client to close. */
    private static boolean serve(ServerSocket server, CountDownLatch cancelled) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(4_000);
            readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(UTF_8));
            writeChunk(out, Fixtures.sse(Fixtures.textChunk("Hel")));
            cancelled.await(5, TimeUnit.SECONDS);
            try {
                writeChunk(out, Fixtures.sse(Fixtures.lastChunk("lo", "STOP", 1, 2)));
            } catch (IOException alreadyClosed) {
                return true;
            }
            try {
                return socket.getInputStream().read() == -1;
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(UTF_8).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
        }
        int length = 0;
        for (String line : head.toString(UTF_8).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }

    private static void writeChunk(OutputStream out, String data) throws IOException {
        byte[] bytes = data.getBytes(UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(UTF_8));
        out.write(bytes);
        out.write("\r\n".getBytes(UTF_8));
        out.flush();
    }
}
