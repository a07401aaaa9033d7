package com.gridvault.realtime;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * Request-to-reply round trips through the hub (a stub {@code bench.} handler that answers every
 * request) next to the same round trips over a bare Tyrus echo endpoint, in one run, on loopback.
 * Not a test; run it as documented in {@code docs/BENCHMARKS.md}.
 *
 * <p>Arguments (all optional): sessions per side (1000), measured round trips per side (100000),
 * concurrent requests in flight (8).
 */
public final class HubRoundTripBench {

    private static final int BLOCKS = 10;

    private HubRoundTripBench() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int roundTrips = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int lanes = args.length > 2 ? Integer.parseInt(args[2]) : 8;

        TokenStore tokens = new TokenStore();
        Hub hub = Hub.builder(tokens, (principal, channel) -> true)
                .settings(HubSettings.DEFAULTS.withHeartbeatInterval(Duration.ofHours(1)))
                .handler("bench.", (session, request) -> session.reply(request, "bench.reply", request.payload()))
                .build();
        ClientManager client = ClientManager.createClient();
        client.getProperties().put(ClientProperties.SHARED_CONTAINER, true);
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try (HubServer server = HubServer.start(
                hub,
                ServerEndpointConfig.Builder.create(EchoEndpoint.class, "/echo").build())) {
            long openStart = System.nanoTime();
            List<Peer> hubSide = open(client, sessions, i -> server.uri(tokens.issue("u" + i, "bench" + i)));
            List<Peer> echoSide = open(client, sessions, i -> server.uri("/echo", null));
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "opened %d hub + %d echo sessions in %.1f s; hub sessions: %d%n",
                    sessions,
                    sessions,
                    openSeconds,
                    hub.stats().sessions());

            // Warm-up, then interleaved blocks so that both sides see the same machine noise.
            run(pool, hubSide, lanes, roundTrips / 5, Request.HUB);
            run(pool, echoSide, lanes, roundTrips / 5, Request.ECHO);
            long[] hubLatencies = new long[roundTrips];
            long[] echoLatencies = new long[roundTrips];
            int perBlock = roundTrips / BLOCKS;
            double hubSeconds = 0;
            double echoSeconds = 0;
            for (int block = 0; block < BLOCKS; block++) {
                hubSeconds += timed(pool, hubSide, lanes, perBlock, Request.HUB, hubLatencies, block * perBlock);
                echoSeconds += timed(pool, echoSide, lanes, perBlock, Request.ECHO, echoLatencies, block * perBlock);
            }
            Arrays.sort(hubLatencies);
            Arrays.sort(echoLatencies);
            report(sessions, roundTrips, lanes, hubLatencies, echoLatencies, hubSeconds, echoSeconds);
            if (hub.stats().dropped() != 0) {
                throw new IllegalStateException("sessions were dropped during the run: " + hub.stats());
            }
        } finally {
            pool.shutdownNow();
            client.shutdown();
        }
    }

    private interface UriFactory {
        URI uri(int index);
    }

    /** How one side frames a request; both carry the same bytes of payload. */
    private enum Request {
        HUB,
        ECHO;

        String text(long n) {
            return "{\"v\":1,\"type\":\"bench.read\",\"id\":\"r-" + n
                    + "\",\"payload\":{\"sheet\":\"DCF\",\"range\":\"B4:H4\"}}";
        }
    }

    private static List<Peer> open(ClientManager client, int count, UriFactory uris) throws Exception {
        List<Peer> peers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Peer peer = new Peer();
            client.connectToServer(peer, ClientEndpointConfig.Builder.create().build(), uris.uri(i));
            peers.add(peer);
        }
        return peers;
    }

    private static void run(ExecutorService pool, List<Peer> peers, int lanes, int count, Request request)
            throws Exception {
        timed(pool, peers, lanes, count, request, new long[count], 0);
    }

    /** Closed loop: each lane takes an idle session, sends, waits for the answer, gives it back. */
    private static double timed(
            ExecutorService pool, List<Peer> peers, int lanes, int count, Request request, long[] out, int offset)
            throws Exception {
        BlockingQueue<Peer> idle = new ArrayBlockingQueue<>(peers.size(), false, peers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        int each = count / lanes;
        for (int lane = 0; lane < lanes; lane++) {
            int first = offset + lane * each;
            int n = lane == lanes - 1 ? count - each * (lanes - 1) : each;
            runs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < n; i++) {
                    Peer peer = idle.take();
                    out[first + i] = peer.roundTrip(request.text(first + i));
                    idle.put(peer);
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> run : runs) {
            run.get(10, TimeUnit.MINUTES);
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private static void report(
            int sessions, int roundTrips, int lanes, long[] hub, long[] echo, double hubSeconds, double echoSeconds) {
        System.out.printf(
                Locale.ROOT,
                "%d sessions per side, %d round trips per side, %d in flight, JDK %s, %d cores%n",
                sessions,
                roundTrips,
                lanes,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| Percentile | Hub (stub handler) | Bare Tyrus echo | Ratio hub/echo |");
        System.out.println("| --- | --- | --- | --- |");
        for (double q : new double[] {0.50, 0.90, 0.99, 0.999}) {
            row("p" + trim(q * 100), percentile(hub, q), percentile(echo, q));
        }
        row("max", hub[hub.length - 1], echo[echo.length - 1]);
        System.out.printf(
                Locale.ROOT,
                "| throughput | %.0f round trips/s | %.0f round trips/s | %.2fx |%n",
                roundTrips / hubSeconds,
                roundTrips / echoSeconds,
                (roundTrips / hubSeconds) / (roundTrips / echoSeconds));
    }

    private static void row(String name, long hubNanos, long echoNanos) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.3f ms | %.3f ms | %.2fx |%n",
                name,
                hubNanos / 1e6,
                echoNanos / 1e6,
                (double) hubNanos / echoNanos);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** A client session with at most one request outstanding. */
    public static final class Peer extends Endpoint {

        private final SynchronousQueue<Long> replies = new SynchronousQueue<>();
        private volatile Session session;

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            this.session = opened;
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                try {
                    replies.put(System.nanoTime());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        long roundTrip(String text) throws Exception {
            long sent = System.nanoTime();
            session.getBasicRemote().sendText(text);
            Long received = replies.poll(30, TimeUnit.SECONDS);
            if (received == null) {
                throw new IllegalStateException("no reply within 30 s");
            }
            return received - sent;
        }
    }
}
