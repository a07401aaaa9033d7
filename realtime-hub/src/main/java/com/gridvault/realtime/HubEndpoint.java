package com.gridvault.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The container's view of the hub: one instance per connection, made by {@link
 * Hub#endpointConfig(String)}. Authenticates the connect's {@code token} query parameter, then hands
 * every message to the hub.
 */
public final class HubEndpoint extends Endpoint {

    private static final System.Logger LOG = System.getLogger(HubEndpoint.class.getName());

    private final Hub hub;
    private volatile Connection connection;

    /**
     * An endpoint for one connection.
     *
     * @param hub the hub it belongs to
     */
    public HubEndpoint(Hub hub) {
        this.hub = hub;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(hub.settings().maxMessageBytes());
        session.setMaxBinaryMessageBufferSize(1024);
        Optional<HubPrincipal> principal = hub.redeem(token(session));
        if (principal.isEmpty()) {
            new WebSocketTransport(session)
                    .close(HubCloseCodes.UNAUTHORIZED, "missing, invalid, expired or reused token");
            return;
        }
        Connection opened = hub.open(new WebSocketTransport(session), principal.get());
        connection = opened;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> hub.receive(opened, text));
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> opened.ponged());
        session.addMessageHandler(
                ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) bytes -> hub.receiveBinary(opened));
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        Connection closed = connection;
        if (closed != null) {
            hub.closed(closed);
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.log(Level.DEBUG, "WebSocket error on " + session.getId(), error);
    }

    private static String token(Session session) {
        List<String> values = session.getRequestParameterMap().get("token");
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
