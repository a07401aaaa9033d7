package com.gridvault.server.realtime;

import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.WorkspaceAccess;
import com.gridvault.realtime.HubSession;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;

/** A hub connection as a plugin protocol sees it. */
final class HubPeer implements ProtocolPeer {

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final HubSession session;
    private final String prefix;
    private final String pluginId;
    private final WorkspaceServices workspaces;

    HubPeer(HubSession session, String protocol, String pluginId, WorkspaceServices workspaces) {
        this.session = session;
        this.prefix = protocol + ".";
        this.pluginId = pluginId;
        this.workspaces = workspaces;
    }

    @Override
    public String userId() {
        return session.principal().userId();
    }

    @Override
    public String username() {
        return session.principal().username();
    }

    @Override
    public void send(String type, String replyTo, String payloadJson) {
        JsonObject payload;
        try (var reader = JSON.createReader(new StringReader(payloadJson))) {
            payload = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("a protocol payload must be a JSON object", e);
        }
        session.push(prefix + type, replyTo, payload);
    }

    @Override
    public Optional<WorkspaceAccess> workspace(String workspaceId) {
        return workspaces.open(session.principal(), pluginId, workspaceId);
    }
}
