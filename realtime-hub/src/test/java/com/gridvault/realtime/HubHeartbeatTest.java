package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.Test;

/** Server pings over a real connection: a client that answers (Tyrus does, as browsers do) stays. */
class HubHeartbeatTest {

    @Test
    void answeredPingsKeepTheSessionOpen() throws Exception {
        TokenStore tokens = new TokenStore();
        ClientManager clientManager = ClientManager.createClient();
        // A long interval so that only the ticks below run.
        HubSettings settings = HubSettings.DEFAULTS.withHeartbeatInterval(Duration.ofHours(1));
        try (HubServer server = HubServer.start(
                        Hub.builder(tokens, (p, c) -> true).settings(settings).build());
                TestClient client = TestClient.connect(clientManager, server.uri(tokens.issue("u", "user")))) {
            Polling.until(() -> !server.hub().connections().isEmpty()); // the server's onOpen ran
            Connection connection = server.hub().connections().iterator().next();
            for (int tick = 1; tick <= 5; tick++) {
                server.hub().heartbeat();
                long expected = tick;
                Polling.until(() -> connection.pongs() == expected); // the pong came back
                assertThat(connection.missedPings()).isZero();
            }

            assertThat(client.isOpen()).isTrue();
            assertThat(connection.isOpen()).isTrue();
        } finally {
            clientManager.shutdown();
        }
    }
}
