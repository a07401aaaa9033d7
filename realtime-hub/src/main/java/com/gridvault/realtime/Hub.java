package com.gridvault.realtime;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.server.ServerEndpointConfig;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * The real-time hub: authenticated sessions, channel subscriptions with presence, server events and
 * request handlers behind one WebSocket endpoint. Build one per application, register {@link
 * #endpointConfig(String)} with the container, call {@link #publish} from any thread and {@link
 * #close()} on shutdown.
 */
public final class Hub implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Hub.class.getName());

    private final HubAuthenticator authenticator;
    private final HubSettings settings;
    private final EnvelopeCodec codec;
    private final Subscriptions subscriptions;
    private final Dispatcher dispatcher;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final AtomicLong connectionIds = new AtomicLong();
    private final AtomicLong eventIds = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private Hub(Builder builder) {
        this.authenticator = builder.authenticator;
        this.settings = builder.settings;
        this.codec = new EnvelopeCodec(builder.json != null ? builder.json : JsonProvider.provider());
        this.subscriptions = new Subscriptions(codec, this::nextEventId);
        List<Dispatcher.Route> routes = new ArrayList<>(builder.routes);
        routes.sort(Comparator.comparingInt((Dispatcher.Route r) -> r.prefix().length())
                .reversed());
        this.dispatcher =
                new Dispatcher(codec, subscriptions, builder.authorizer, routes, builder.dynamicRoutes, settings);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gridvault-hub-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.heartbeatInterval().toMillis();
        scheduler.scheduleAtFixedRate(this::heartbeat, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts building a hub.
     *
     * @param authenticator redeems ws-tokens
     * @param authorizer checks subscriptions
     * @return a builder with {@link HubSettings#DEFAULTS}
     */
    public static Builder builder(HubAuthenticator authenticator, ChannelAuthorizer authorizer) {
        return new Builder(authenticator, authorizer);
    }

    /**
     * The programmatic endpoint to register with the container, e.g. from a {@code
     * ServletContextListener}: {@code serverContainer.addEndpoint(hub.endpointConfig("/ws"))}.
     *
     * @param path the endpoint path
     * @return a config whose endpoint instances belong to this hub
     */
    public ServerEndpointConfig endpointConfig(String path) {
        return ServerEndpointConfig.Builder.create(HubEndpoint.class, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new HubEndpoint(Hub.this));
                    }
                })
                .build();
    }

    /**
     * Sends an {@code event} to every subscriber of the channel: {@code payload} {@code {"event":
     * eventType, "data": data}}. Never blocks; callable from any thread.
     *
     * @param channel the channel
     * @param eventType what happened, e.g. {@code "job.progress"}
     * @param data the event's data
     */
    public void publish(Channel channel, String eventType, JsonObject data) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(data, "data");
        if (!subscriptions.hasSubscribers(channel)) {
            return;
        }
        JsonObject payload = codec.json()
                .createObjectBuilder()
                .add("event", eventType)
                .add("data", data)
                .build();
        // Encoded once, whatever the number of subscribers.
        subscriptions.broadcast(
                channel,
                codec.encode(
                        new Envelope(Envelope.VERSION, MessageTypes.EVENT, nextEventId(), null, channel, payload)));
    }

    /**
     * The hub's counters now.
     *
     * @return sessions, subscriptions and dropped slow consumers
     */
    public HubStats stats() {
        return new HubStats(connections.size(), subscriptions.count(), dropped.get());
    }

    /**
     * The limits in force.
     *
     * @return the settings
     */
    public HubSettings settings() {
        return settings;
    }

    /** Closes every session with 1001 and stops the heartbeat. */
    @Override
    public void close() {
        for (Connection connection : List.copyOf(connections.values())) {
            connection.closeNow(HubCloseCodes.GOING_AWAY, "server shutting down");
        }
        scheduler.shutdownNow();
    }

    Optional<HubPrincipal> redeem(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return authenticator.redeem(token);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ws-token authenticator failed; refusing the connection", e);
            return Optional.empty();
        }
    }

    Connection open(Transport transport, HubPrincipal principal) {
        Connection connection = new Connection(
                "c-" + connectionIds.incrementAndGet(),
                principal,
                transport,
                codec,
                settings,
                scheduler,
                this::dropped);
        connections.put(connection.id(), connection);
        return connection;
    }

    void receive(Connection connection, String text) {
        dispatcher.receive(connection, text);
    }

    void receiveBinary(Connection connection) {
        dispatcher.receiveBinary(connection);
    }

    void closed(Connection connection) {
        connection.closed();
        release(connection);
    }

    /** The open connections, for tests. */
    Collection<Connection> connections() {
        return List.copyOf(connections.values());
    }

    /** Runs one heartbeat tick now; the scheduler calls it every interval. */
    void heartbeat() {
        for (Connection connection : connections.values()) {
            connection.heartbeat(settings.missedHeartbeats());
        }
    }

    private void dropped(Connection connection) {
        dropped.incrementAndGet();
        LOG.log(
                Level.INFO,
                "dropping slow consumer " + connection.id() + " of "
                        + connection.principal().userId());
        release(connection);
    }

    private void release(Connection connection) {
        if (connections.remove(connection.id()) != null) {
            subscriptions.leaveAll(connection);
            connection.released();
        }
    }

    private String nextEventId() {
        return "e-" + eventIds.incrementAndGet();
    }

    /** Assembles a {@link Hub}. */
    public static final class Builder {

        private final HubAuthenticator authenticator;
        private final ChannelAuthorizer authorizer;
        private final List<Dispatcher.Route> routes = new ArrayList<>();
        private HubSettings settings = HubSettings.DEFAULTS;
        private BiFunction<HubSession, String, Optional<RequestHandler>> dynamicRoutes =
                (session, type) -> Optional.empty();
        private JsonProvider json;

        private Builder(HubAuthenticator authenticator, ChannelAuthorizer authorizer) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        }

        /**
         * Sets the limits.
         *
         * @param settings the limits
         * @return this builder
         */
        public Builder settings(HubSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Routes every client message whose type starts with {@code prefix} to the handler.
         *
         * @param prefix e.g. {@code "excel."}; must not be empty, nor registered twice
         * @param handler the handler
         * @return this builder
         */
        public Builder handler(String prefix, RequestHandler handler) {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(handler, "handler");
            if (prefix.isBlank()) {
                throw new IllegalArgumentException("handler prefix must not be blank");
            }
            if (routes.stream().anyMatch(route -> route.prefix().equals(prefix))) {
                throw new IllegalArgumentException("a handler for prefix '" + prefix + "' is already registered");
            }
            routes.add(new Dispatcher.Route(prefix, handler));
            return this;
        }

        /**
         * Looks up a handler for types no registered prefix matches, at each message: for protocols
         * that come and go at run time (plugins). The session is given so a lookup can reuse what it
         * bound to the connection at an earlier message.
         *
         * @param lookup the session and message type to a handler, or empty (the type is then unknown)
         * @return this builder
         */
        public Builder dynamicHandlers(BiFunction<HubSession, String, Optional<RequestHandler>> lookup) {
            this.dynamicRoutes = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * Uses this JSON-P provider instead of looking one up.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder jsonProvider(JsonProvider provider) {
            this.json = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Builds the hub and starts its heartbeat.
         *
         * @return the hub
         */
        public Hub build() {
            return new Hub(this);
        }
    }
}
