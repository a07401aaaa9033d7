package com.gridvault.realtime;

import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.Map;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.ServerContainerFactory;

/**
 * A real Tyrus (Grizzly) WebSocket server on a free port with the hub at {@code /ws} and any extra
 * endpoints. Tyrus' Grizzly container always listens on all interfaces; tests only ever connect
 * through 127.0.0.1.
 */
final class HubServer implements AutoCloseable {

    private final ServerContainer container;
    private final Hub hub;

    private HubServer(ServerContainer container, Hub hub) {
        this.container = container;
        this.hub = hub;
    }

    static HubServer start(Hub hub, ServerEndpointConfig... extra) throws Exception {
        ServerContainer container = ServerContainerFactory.createServerContainer(Map.of());
        container.addEndpoint(hub.endpointConfig("/ws"));
        for (ServerEndpointConfig config : extra) {
            container.addEndpoint(config);
        }
        container.start("/", 0);
        return new HubServer(container, hub);
    }

    int port() {
        return ((org.glassfish.tyrus.server.TyrusServerContainer) container).getPort();
    }

    URI uri(String token) {
        return URI.create("ws://127.0.0.1:" + port() + "/ws" + (token == null ? "" : "?token=" + token));
    }

    URI uri(String path, String query) {
        return URI.create("ws://127.0.0.1:" + port() + path + (query == null ? "" : "?" + query));
    }

    Hub hub() {
        return hub;
    }

    @Override
    public void close() {
        hub.close();
        container.stop();
    }
}
