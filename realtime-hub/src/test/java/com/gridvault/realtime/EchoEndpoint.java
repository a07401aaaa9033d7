package com.gridvault.realtime;

import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/** The benchmark's peer: a bare Tyrus endpoint that sends every text back, asynchronously. */
public final class EchoEndpoint extends Endpoint {

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>)
                text -> session.getAsyncRemote().sendText(text));
    }
}
