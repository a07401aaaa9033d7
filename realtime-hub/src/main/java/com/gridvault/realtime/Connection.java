package com.gridvault.realtime;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** One authenticated connection: its outbox, subscriptions, error and heartbeat counters. */
final class Connection implements HubSession {

    private final String id;
    private final HubPrincipal principal;
    private final Transport transport;
    private final EnvelopeCodec codec;
    private final Outbox outbox;
    private final ScheduledExecutorService scheduler;
    private final Duration closeGrace;
    private final Consumer<Connection> onDropped;
    private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();
    private final java.util.List<Runnable> closeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger protocolErrors = new AtomicInteger();
    private final AtomicInteger missedPings = new AtomicInteger();
    private final AtomicLong pongs = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicBoolean open = new AtomicBoolean(true);

    /**
     * @param onDropped called once when the connection is dropped as a slow consumer, before the
     *     close
     */
    Connection(
            String id,
            HubPrincipal principal,
            Transport transport,
            EnvelopeCodec codec,
            HubSettings settings,
            ScheduledExecutorService scheduler,
            Consumer<Connection> onDropped) {
        this.id = id;
        this.principal = principal;
        this.transport = transport;
        this.codec = codec;
        this.scheduler = scheduler;
        this.closeGrace = settings.slowConsumerGrace();
        this.onDropped = onDropped;
        this.outbox = new Outbox(settings.outboundQueueCapacity(), transport, failure -> closed());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public HubPrincipal principal() {
        return principal;
    }

    @Override
    public boolean send(Envelope message) {
        return sendText(codec.encode(message));
    }

    @Override
    public boolean reply(Envelope request, String type, JsonObject payload) {
        return send(request.reply(type, nextId(), payload));
    }

    @Override
    public boolean replyError(Envelope request, String code, String message) {
        return send(request.reply(MessageTypes.ERROR, nextId(), codec.errorPayload(code, message)));
    }

    @Override
    public boolean push(String type, String replyTo, JsonObject payload) {
        return send(new Envelope(Envelope.VERSION, type, nextId(), replyTo, null, payload));
    }

    @Override
    public void onClose(Runnable listener) {
        closeListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Runs the close listeners; the hub calls it once, when it forgets the connection. */
    void released() {
        for (Runnable listener : closeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                System.getLogger(Connection.class.getName())
                        .log(System.Logger.Level.WARNING, "a close listener of " + id + " failed", e);
            }
        }
        closeListeners.clear();
    }

    @Override
    public ConcurrentMap<String, Object> attributes() {
        return attributes;
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    /** Queues an encoded message; a full queue drops the connection. */
    boolean sendText(String text) {
        if (!open.get()) {
            return false;
        }
        if (outbox.offer(text)) {
            return true;
        }
        dropSlowConsumer();
        return false;
    }

    /** The connection's own subscriptions; maintained by {@link Subscriptions}. */
    Set<Channel> channels() {
        return channels;
    }

    /** A fresh id for a server message on this connection. */
    String nextId() {
        return "s-" + messageIds.incrementAndGet();
    }

    /** Encodes an {@code error} that answers the message with id {@code replyTo} (may be null). */
    String errorText(String replyTo, String code, String message) {
        return codec.encode(new Envelope(
                Envelope.VERSION, MessageTypes.ERROR, nextId(), replyTo, null, codec.errorPayload(code, message)));
    }

    /**
     * Counts a protocol error and answers it, or closes with 1008 once more than {@code max} came in a
     * row.
     */
    void protocolError(ProtocolException error, int max) {
        String text = errorText(error.replyTo(), error.code(), error.getMessage());
        if (protocolErrors.incrementAndGet() > max) {
            closeAfter(text, HubCloseCodes.POLICY_VIOLATION, "too many protocol errors");
        } else {
            sendText(text);
        }
    }

    /** A valid message arrived: the error streak ends. */
    void accepted() {
        protocolErrors.set(0);
    }

    /** The peer showed it is alive (pong or any message). */
    void alive() {
        missedPings.set(0);
    }

    /** A pong control frame arrived. */
    void ponged() {
        pongs.incrementAndGet();
        alive();
    }

    long pongs() {
        return pongs.get();
    }

    int missedPings() {
        return missedPings.get();
    }

    /** One heartbeat tick: ping, or close once {@code allowedMisses} pings went unanswered. */
    void heartbeat(int allowedMisses) {
        if (!open.get()) {
            return;
        }
        if (missedPings.getAndIncrement() >= allowedMisses) {
            closeNow(HubCloseCodes.HEARTBEAT_TIMEOUT, "heartbeat timeout");
            return;
        }
        outbox.offerPing();
    }

    /** Closes at once, dropping whatever waits. */
    void closeNow(int code, String reason) {
        open.set(false);
        outbox.discard();
        transport.close(code, reason);
    }

    /** The container reported the connection closed. */
    void closed() {
        open.set(false);
        outbox.discard();
    }

    private void dropSlowConsumer() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        onDropped.accept(this);
        String last = errorText(null, ErrorCodes.SLOW_CONSUMER, "outbound queue overflowed; reconnect and resubscribe");
        finishAndClose(last, HubCloseCodes.TOO_SLOW, "too slow");
    }

    private void closeAfter(String last, int code, String reason) {
        if (open.compareAndSet(true, false)) {
            finishAndClose(last, code, reason);
        }
    }

    /** Sends {@code last} after the message in flight, then closes; forces the close after the grace. */
    private void finishAndClose(String last, int code, String reason) {
        outbox.finish(last, () -> transport.close(code, reason));
        scheduler.schedule(() -> transport.close(code, reason), closeGrace.toMillis(), TimeUnit.MILLISECONDS);
    }
}
