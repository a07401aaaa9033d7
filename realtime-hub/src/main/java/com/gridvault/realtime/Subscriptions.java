package com.gridvault.realtime;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Who is subscribed to which channel; announces presence on every join and leave. */
final class Subscriptions {

    /** Presence messages list at most this many viewers; {@code viewerCount} has the full number. */
    static final int MAX_LISTED_VIEWERS = 100;

    private final ConcurrentHashMap<Channel, Set<Connection>> byChannel = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final EnvelopeCodec codec;
    private final Supplier<String> ids;

    Subscriptions(EnvelopeCodec codec, Supplier<String> ids) {
        this.codec = codec;
        this.ids = ids;
    }

    /**
     * Subscribes; from its return on the connection receives the channel's events. The caller then
     * calls {@link #announceJoin}.
     *
     * @return false when it already was subscribed
     */
    boolean add(Channel channel, Connection connection) {
        if (!connection.channels().add(channel)) {
            return false;
        }
        byChannel.compute(channel, (key, set) -> {
            Set<Connection> members = set == null ? ConcurrentHashMap.newKeySet() : set;
            members.add(connection);
            return members;
        });
        count.incrementAndGet();
        return true;
    }

    /** Tells the channel's subscribers that the connection's user joined. */
    void announceJoin(Channel channel, Connection connection) {
        announce(channel, "join", connection.principal());
    }

    /** Unsubscribes and tells the channel; false when it was not subscribed. */
    boolean leave(Channel channel, Connection connection) {
        if (!connection.channels().remove(channel)) {
            return false;
        }
        byChannel.computeIfPresent(channel, (key, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
        count.decrementAndGet();
        announce(channel, "leave", connection.principal());
        return true;
    }

    /** Leaves every channel of the connection. */
    void leaveAll(Connection connection) {
        for (Channel channel : List.copyOf(connection.channels())) {
            leave(channel, connection);
        }
    }

    /** Sends an encoded message to every subscriber of the channel. */
    void broadcast(Channel channel, String text) {
        Set<Connection> members = byChannel.get(channel);
        if (members != null) {
            for (Connection member : members) {
                member.sendText(text);
            }
        }
    }

    boolean hasSubscribers(Channel channel) {
        return byChannel.containsKey(channel);
    }

    int count() {
        return count.get();
    }

    private void announce(Channel channel, String event, HubPrincipal who) {
        Set<Connection> members = byChannel.get(channel);
        if (members == null) {
            return;
        }
        List<HubPrincipal> viewers = members.stream()
                .map(Connection::principal)
                .distinct()
                .sorted(Comparator.comparing(HubPrincipal::username).thenComparing(HubPrincipal::userId))
                .toList();
        JsonArrayBuilder listed = codec.json().createArrayBuilder();
        viewers.stream().limit(MAX_LISTED_VIEWERS).forEach(viewer -> listed.add(user(viewer)));
        JsonObject payload = codec.json()
                .createObjectBuilder()
                .add("event", event)
                .add("user", user(who))
                .add("viewers", listed)
                .add("viewerCount", viewers.size())
                .build();
        broadcast(
                channel,
                codec.encode(new Envelope(Envelope.VERSION, MessageTypes.PRESENCE, ids.get(), null, channel, payload)));
    }

    private JsonObject user(HubPrincipal principal) {
        return codec.json()
                .createObjectBuilder()
                .add("userId", principal.userId())
                .add("username", principal.username())
                .build();
    }
}
