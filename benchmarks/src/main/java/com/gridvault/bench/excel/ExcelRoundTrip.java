package com.gridvault.bench.excel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round trips through a running appliance's real-time hub with many connected simulated workbooks:
 * each connection opens an Excel bridge session (hello, a 400-cell snapshot), then sends, at a fixed
 * rate with a random phase, alternately an {@code excel.selection.changed} (answered by the plugin's
 * {@code excel.selection.context}: hub, plugin protocol routing, session, snapshot lookup and JSON both
 * ways) and a hub {@code ping} (answered by the hub itself: the peer in the same run on the same
 * connections). No AI call is involved. The first {@value #WARM_UP_SECONDS} seconds of that traffic
 * warm both paths up (JIT) and are not recorded. Prints p50/p90/p99/max of both and their ratio.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.gridvault.bench.excel.ExcelRoundTrip \
 *     http://localhost:18480 admin PASSWORD WORKSPACE_ID [connections=1000] [seconds=30] [perSecondEach=1]
 * </pre>
 */
public final class ExcelRoundTrip {

    /** Traffic sent before recording starts. */
    static final int WARM_UP_SECONDS = 10;

    private static final Pattern REPLY_TO = Pattern.compile("\"replyTo\":\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String credentials;
    private volatile String bearer;

    private ExcelRoundTrip(String base, String user, String password) {
        this.base = base;
        this.credentials = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println(
                    "usage: ExcelRoundTrip BASE_URL USER PASSWORD WORKSPACE_ID [connections] [seconds] [perSecondEach]");
            System.exit(2);
        }
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        double perSecond = args.length > 6 ? Double.parseDouble(args[6]) : 1.0;
        new ExcelRoundTrip(args[0], args[1], args[2]).run(args[3], connections, seconds, perSecond);
    }

    private void run(String workspace, int connections, int seconds, double perSecond) throws Exception {
        bearer = "Bearer " + login();
        List<Workbook> books = java.util.Collections.synchronizedList(new ArrayList<>(connections));
        long connectStart = System.nanoTime();
        // Sessions open 16 at a time; each: ws-token, connect, hello, snapshot (checked).
        java.util.concurrent.ExecutorService opener = Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            String id = "bench-" + i;
            opened.add(opener.submit(() -> {
                books.add(open(id, workspace));
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : opened) {
            f.get();
        }
        opener.shutdown();
        System.out.printf(
                Locale.ROOT,
                "%d workbooks connected with a session and a snapshot in %.1f s%n",
                connections,
                (System.nanoTime() - connectStart) / 1e9);

        long[] excel = new long[(int) (connections * seconds * perSecond) + connections];
        long[] ping = new long[excel.length];
        AtomicLong excelCount = new AtomicLong();
        AtomicLong pingCount = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        long periodMicros = (long) (1_000_000 / perSecond);
        long recordFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        for (Workbook book : books) {
            long phase = ThreadLocalRandom.current().nextLong(periodMicros);
            timer.scheduleAtFixedRate(
                    () -> {
                        boolean selection = (book.sent++ & 1) == 0;
                        long start = System.nanoTime();
                        CompletableFuture<String> answer = selection
                                ? book.call(
                                        "excel.selection.changed",
                                        "{\"sheet\":\"Model\",\"range\":\"B" + (2 + (book.sent % 50)) + ":D"
                                                + (4 + (book.sent % 50)) + "\"}")
                                : book.call("ping", "{}");
                        if (start - recordFrom < 0) {
                            return;
                        }
                        answer.whenComplete((text, error) -> {
                            long micros = (System.nanoTime() - start) / 1_000;
                            if (error != null || text.contains("\"error\"")) {
                                failures.incrementAndGet();
                                return;
                            }
                            if (selection) {
                                store(excel, excelCount, micros);
                            } else {
                                store(ping, pingCount, micros);
                            }
                        });
                    },
                    phase,
                    periodMicros,
                    TimeUnit.MICROSECONDS);
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(WARM_UP_SECONDS + seconds));
        timer.shutdownNow();
        Thread.sleep(2_000);
        for (Workbook book : books) {
            book.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        long[] e = Arrays.copyOf(excel, (int) Math.min(excelCount.get(), excel.length));
        long[] p = Arrays.copyOf(ping, (int) Math.min(pingCount.get(), ping.length));
        Arrays.sort(e);
        Arrays.sort(p);
        System.out.printf(
                Locale.ROOT, "%-34s %8s %8s %8s %8s %8s%n", "round trip (ms)", "n", "p50", "p90", "p99", "max");
        print("excel.selection.changed -> context", e);
        print("hub ping -> pong (peer)", p);
        System.out.printf(
                Locale.ROOT,
                "ratio excel/ping: p50 %.2fx, p99 %.2fx; failures %d%n",
                pct(e, 50) / pct(p, 50),
                pct(e, 99) / pct(p, 99),
                failures.get());
    }

    private Workbook open(String id, String workspace) throws Exception {
        Workbook book = new Workbook(id);
        book.socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws?token=" + wsToken()), book)
                .get(30, TimeUnit.SECONDS);
        book.call(
                        "excel.hello",
                        "{\"clientVersion\":\"bench\",\"protocolVersions\":[1],\"workspaceId\":\"" + workspace
                                + "\",\"workbookId\":\"" + id + "\"}")
                .get(60, TimeUnit.SECONDS);
        String ack = book.call("excel.workbook.snapshot", snapshot(id)).get(60, TimeUnit.SECONDS);
        if (!ack.contains("excel.check.report")) {
            throw new IllegalStateException("snapshot refused: " + ack);
        }
        return book;
    }

    private static void store(long[] into, AtomicLong count, long micros) {
        long i = count.getAndIncrement();
        if (i < into.length) {
            into[(int) i] = micros;
        }
    }

    private static void print(String name, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "%-34s %8d %8.2f %8.2f %8.2f %8.2f%n",
                name,
                sorted.length,
                pct(sorted, 50),
                pct(sorted, 90),
                pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** Signs in once: Basic auth would verify the Argon2id hash on every ws-token request. */
    private String login() throws Exception {
        return postForField(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials)),
                "accessToken");
    }

    private String wsToken() throws Exception {
        return postForField(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/ws-token"))
                        .header("Authorization", bearer)
                        .POST(HttpRequest.BodyPublishers.noBody()),
                "token");
    }

    /** Sends the request and returns a string field of its 200 answer. */
    private String postForField(HttpRequest.Builder request, String field) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        Matcher value = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !value.find()) {
            throw new IllegalStateException(built.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return value.group(1);
    }

    /** A DCF-like sheet: 100 rows of label, value and two formulas. */
    private static String snapshot(String workbookId) {
        StringBuilder cells = new StringBuilder();
        for (int row = 1; row <= 100; row++) {
            if (row > 1) {
                cells.append(',');
            }
            cells.append("{\"address\":\"A")
                    .append(row)
                    .append("\",\"value\":\"Line ")
                    .append(row)
                    .append("\"},")
                    .append("{\"address\":\"B")
                    .append(row)
                    .append("\",\"value\":")
                    .append(row * 10)
                    .append("},")
                    .append("{\"address\":\"C")
                    .append(row)
                    .append("\",\"formula\":\"B")
                    .append(row)
                    .append("*1.05\"},")
                    .append("{\"address\":\"D")
                    .append(row)
                    .append("\",\"formula\":\"SUM(B$1:B")
                    .append(row)
                    .append(")\"}");
        }
        return "{\"workbookId\":\"" + workbookId + "\",\"sheets\":[{\"name\":\"Model\",\"cells\":[" + cells + "]}]}";
    }

    /** One simulated task pane: sends requests, completes them by replyTo. */
    private static final class Workbook implements WebSocket.Listener {
        final String id;
        final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        final StringBuilder partial = new StringBuilder();
        final AtomicLong ids = new AtomicLong();
        WebSocket socket;
        long sent;

        Workbook(String id) {
            this.id = id;
        }

        CompletableFuture<String> call(String type, String payload) {
            String messageId = "m" + ids.incrementAndGet();
            CompletableFuture<String> answer = new CompletableFuture<>();
            waiting.put(messageId, answer);
            String text =
                    "{\"v\":1,\"type\":\"" + type + "\",\"id\":\"" + messageId + "\",\"payload\":" + payload + "}";
            synchronized (this) {
                socket.sendText(text, true).join();
            }
            return answer.orTimeout(30, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                Matcher replyTo = REPLY_TO.matcher(text);
                if (replyTo.find()) {
                    CompletableFuture<String> answer = waiting.remove(replyTo.group(1));
                    if (answer != null) {
                        Matcher type = TYPE.matcher(text);
                        answer.complete(type.find() && type.group(1).endsWith("error") ? "\"error\"" + text : text);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
