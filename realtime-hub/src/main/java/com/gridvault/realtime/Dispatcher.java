package com.gridvault.realtime;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Checks each client message and routes it to a built-in type or a registered handler. */
final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    /** A handler for every type starting with {@code prefix}. */
    record Route(String prefix, RequestHandler handler) {}

    private final EnvelopeCodec codec;
    private final Subscriptions subscriptions;
    private final ChannelAuthorizer authorizer;
    private final List<Route> routes;
    private final BiFunction<HubSession, String, Optional<RequestHandler>> dynamicRoutes;
    private final HubSettings settings;

    /** @param routes longest prefix first; {@code dynamicRoutes} is asked when none matches */
    Dispatcher(
            EnvelopeCodec codec,
            Subscriptions subscriptions,
            ChannelAuthorizer authorizer,
            List<Route> routes,
            BiFunction<HubSession, String, Optional<RequestHandler>> dynamicRoutes,
            HubSettings settings) {
        this.dynamicRoutes = dynamicRoutes;
        this.codec = codec;
        this.subscriptions = subscriptions;
        this.authorizer = authorizer;
        this.routes = List.copyOf(routes);
        this.settings = settings;
    }

    void receive(Connection connection, String text) {
        connection.alive();
        if (tooBig(text)) {
            connection.closeNow(HubCloseCodes.TOO_BIG, "message too big");
            return;
        }
        try {
            Envelope request = codec.decode(text);
            route(connection, request);
            connection.accepted();
        } catch (ProtocolException e) {
            connection.protocolError(e, settings.maxProtocolErrors());
        }
    }

    /** Binary frames are not part of the protocol. */
    void receiveBinary(Connection connection) {
        connection.alive();
        connection.protocolError(
                new ProtocolException(ErrorCodes.INVALID_ENVELOPE, "binary messages are not supported", null),
                settings.maxProtocolErrors());
    }

    private boolean tooBig(String text) {
        int limit = settings.maxMessageBytes();
        // A char is 1-3 UTF-8 bytes: only count the bytes when the length alone does not decide.
        if (text.length() > limit) {
            return true;
        }
        return (long) text.length() * 3 > limit && text.getBytes(StandardCharsets.UTF_8).length > limit;
    }

    private void route(Connection connection, Envelope request) {
        switch (request.type()) {
            case MessageTypes.SUBSCRIBE -> subscribe(connection, request);
            case MessageTypes.UNSUBSCRIBE -> unsubscribe(connection, request);
            case MessageTypes.PING -> connection.reply(request, MessageTypes.PONG, request.payload());
            case MessageTypes.PONG, MessageTypes.ERROR -> {
                // Answers from the client to nothing the hub asked: accepted, never answered (no loops).
            }
            default -> handle(connection, request);
        }
    }

    private void handle(Connection connection, Envelope request) {
        if (!MessageTypes.BUILT_IN.contains(request.type())) {
            for (Route route : routes) {
                if (request.type().startsWith(route.prefix())) {
                    run(route.handler(), connection, request);
                    return;
                }
            }
            Optional<RequestHandler> dynamic = dynamicRoutes.apply(connection, request.type());
            if (dynamic.isPresent()) {
                run(dynamic.get(), connection, request);
                return;
            }
        }
        throw new ProtocolException(
                ErrorCodes.UNKNOWN_TYPE, "unknown message type '" + request.type() + "'", request.id());
    }

    private static void run(RequestHandler handler, Connection connection, Envelope request) {
        try {
            handler.handle(connection, request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "handler failed on " + request.type(), e);
            connection.replyError(request, ErrorCodes.INTERNAL_ERROR, "the request failed; it may be retried");
        }
    }

    private void subscribe(Connection connection, Envelope request) {
        Channel channel = requireChannel(request);
        if (connection.channels().contains(channel)) {
            connection.reply(request, MessageTypes.SUBSCRIBED, channelPayload(channel));
            return;
        }
        if (connection.channels().size() >= settings.maxSubscriptionsPerSession()) {
            connection.replyError(
                    request,
                    ErrorCodes.TOO_MANY_SUBSCRIPTIONS,
                    "at most " + settings.maxSubscriptionsPerSession() + " channels per connection");
            return;
        }
        boolean allowed;
        try {
            allowed = authorizer.maySubscribe(connection.principal(), channel);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "channel authorizer failed for " + channel, e);
            connection.replyError(request, ErrorCodes.INTERNAL_ERROR, "the request failed; it may be retried");
            return;
        }
        if (!allowed) {
            // One answer for "not yours" and "does not exist": nothing to learn about other tenants.
            connection.replyError(request, ErrorCodes.FORBIDDEN_OR_UNKNOWN, "no such channel, or no access to it");
            return;
        }
        // Subscribed before the answer, so events published once the client has it reach it; the
        // answer before the presence it causes.
        if (subscriptions.add(channel, connection)) {
            connection.reply(request, MessageTypes.SUBSCRIBED, channelPayload(channel));
            subscriptions.announceJoin(channel, connection);
        } else {
            connection.reply(request, MessageTypes.SUBSCRIBED, channelPayload(channel));
        }
    }

    private void unsubscribe(Connection connection, Envelope request) {
        Channel channel = requireChannel(request);
        subscriptions.leave(channel, connection);
        connection.reply(request, MessageTypes.UNSUBSCRIBED, channelPayload(channel));
    }

    private static Channel requireChannel(Envelope request) {
        if (request.channel() == null) {
            throw new ProtocolException(
                    ErrorCodes.INVALID_CHANNEL, request.type() + " needs a channel, e.g. \"job:42\"", request.id());
        }
        return request.channel();
    }

    private jakarta.json.JsonObject channelPayload(Channel channel) {
        return codec.json().createObjectBuilder().add("channel", channel.wire()).build();
    }
}
