package com.gridvault.server.realtime;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.realtime.HubProtocol;
import com.gridvault.plugin.api.realtime.ProtocolMessage;
import com.gridvault.plugin.api.realtime.ProtocolSession;
import com.gridvault.realtime.Envelope;
import com.gridvault.realtime.HubSession;
import com.gridvault.realtime.RequestHandler;
import com.gridvault.server.plugins.ExtensionRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Routes hub messages to the protocols of started plugins ({@link HubProtocol}): {@code excel.ask}
 * goes to the session the {@code excel} protocol opened for that connection. Plugins are looked up
 * at a connection's first message of a protocol, so a plugin installed, stopped or upgraded while
 * the appliance runs is picked up by the next connection; a session belongs to the plugin instance that opened it and ends with the connection. Each
 * connection's messages run in order on the managed executor, off the WebSocket thread, except those
 * the session calls {@linkplain ProtocolSession#quick quick}, which run on the WebSocket thread when
 * nothing of the connection waits.
 */
@ApplicationScoped
public class PluginProtocols {

    private static final System.Logger LOG = System.getLogger(PluginProtocols.class.getName());

    /** Messages of one connection waiting for their protocol at most. */
    static final int INBOX_CAPACITY = 64;

    @Inject
    ExtensionRegistry registry;

    @Inject
    WorkspaceServices workspaces;

    @Resource
    ManagedExecutorService executor;

    /**
     * The handler for a message type, when a started plugin speaks its protocol. Only the first
     * message of a protocol on a connection looks the plugins up; later ones go to the session it opened.
     *
     * @param session the connection
     * @param type e.g. {@code excel.hello}
     * @return the handler, or empty (the hub then answers {@code unknown_type})
     */
    public Optional<RequestHandler> handlerFor(HubSession session, String type) {
        int dot = type.indexOf('.');
        if (dot <= 0 || dot == type.length() - 1) {
            return Optional.empty();
        }
        String name = type.substring(0, dot);
        String key = "protocol:" + name;
        if (session.attributes().get(key) instanceof Bound bound) {
            return Optional.of((s, request) -> dispatch(bound, name, s, request));
        }
        return registry.extensions(HubProtocol.class).stream()
                .filter(p -> name.equals(safeName(p)))
                .findFirst()
                .map(protocol -> (s, request) -> dispatch(
                        (Bound) s.attributes().computeIfAbsent(key, k -> open(protocol, name, s)), name, s, request));
    }

    private void dispatch(Bound bound, String name, HubSession session, Envelope request) {
        ProtocolMessage message = new ProtocolMessage(
                request.type().substring(name.length() + 1),
                request.id(),
                request.replyTo(),
                request.payload().toString());
        Runnable task = () -> {
            try {
                bound.session().receive(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "plugin " + bound.pluginId() + " failed on " + request.type(), e);
                session.replyError(request, "internal_error", "the request failed; it may be retried");
            }
        };
        boolean queued = quick(bound, message.type())
                ? bound.inbox().offerQuick(task)
                : bound.inbox().offer(task);
        if (!queued) {
            session.replyError(request, "busy", "too many requests waiting on this connection; wait for the answers");
        }
    }

    private Bound open(PluginExtension<HubProtocol> protocol, String name, HubSession session) {
        ProtocolSession opened = protocol.extension().open(new HubPeer(session, name, protocol.pluginId(), workspaces));
        SerialInbox inbox = new SerialInbox(executor, INBOX_CAPACITY);
        session.onClose(() -> {
            inbox.close();
            try {
                opened.closed();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "plugin " + protocol.pluginId() + " failed closing a session", e);
            }
        });
        return new Bound(protocol.pluginId(), opened, inbox);
    }

    private static boolean quick(Bound bound, String type) {
        try {
            return bound.session().quick(type);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String safeName(PluginExtension<HubProtocol> protocol) {
        try {
            return protocol.extension().name();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Bound(String pluginId, ProtocolSession session, SerialInbox inbox) {}
}
