package com.gridvault.server.realtime;

import com.gridvault.realtime.Hub;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;

/** Registers the hub's endpoint at {@code /ws} when the web application starts. */
@WebListener
public class HubRegistration implements ServletContextListener {

    /** The hub's path. */
    public static final String PATH = "/ws";

    @Inject
    Hub hub;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServerContainer container =
                (ServerContainer) event.getServletContext().getAttribute(ServerContainer.class.getName());
        if (container == null) {
            throw new IllegalStateException("The WebSocket container is missing (feature websocket-2.1)");
        }
        try {
            container.setDefaultMaxTextMessageBufferSize(hub.settings().maxMessageBytes());
            container.addEndpoint(hub.endpointConfig(PATH));
        } catch (DeploymentException e) {
            throw new IllegalStateException("Cannot register the real-time hub at " + PATH, e);
        }
    }
}
