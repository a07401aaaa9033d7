package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HubAuthTest {

    private static final TokenStore TOKENS = new TokenStore();
    private static final ClientManager CLIENT = ClientManager.createClient();
    private static HubServer server;

    @BeforeAll
    static void start() throws Exception {
        server = HubServer.start(
                Hub.builder(TOKENS, (principal, channel) -> true).build());
    }

    @AfterAll
    static void stop() {
        server.close();
        CLIENT.shutdown();
    }

    @Test
    void validTokenOpensASessionThatAnswersPing() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u1", "ada")))) {
            String id = client.send(MessageTypes.PING, null, null);

            assertThat(client.replyTo(id).getString("type")).isEqualTo(MessageTypes.PONG);
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void missingTokenIsClosedWith4401() throws Exception {
        assertUnauthorized(TestClient.connect(CLIENT, server.uri(null)));
    }

    @Test
    void unknownTokenIsClosedWith4401() throws Exception {
        assertUnauthorized(TestClient.connect(CLIENT, server.uri("not-a-token")));
    }

    @Test
    void blankTokenIsClosedWith4401() throws Exception {
        assertUnauthorized(TestClient.connect(CLIENT, server.uri("/ws", "token=")));
    }

    @Test
    void reusedTokenIsClosedWith4401() throws Exception {
        String token = TOKENS.issue("u2", "grace");
        try (TestClient first = TestClient.connect(CLIENT, server.uri(token))) {
            first.replyTo(first.send(MessageTypes.PING, null, null));

            assertUnauthorized(TestClient.connect(CLIENT, server.uri(token)));
            assertThat(first.isOpen()).isTrue();
        }
    }

    @Test
    void failingAuthenticatorRefusesTheConnection() throws Exception {
        Hub hub = Hub.builder(
                        token -> {
                            throw new IllegalStateException("token store down");
                        },
                        (principal, channel) -> true)
                .build();
        try (HubServer broken = HubServer.start(hub)) {
            assertUnauthorized(TestClient.connect(CLIENT, broken.uri("anything")));
            assertThat(hub.stats().sessions()).isZero();
        }
    }

    private static void assertUnauthorized(TestClient client) throws Exception {
        CloseReason reason = client.awaitClose();
        assertThat(reason.getCloseCode().getCode()).isEqualTo(HubCloseCodes.UNAUTHORIZED);
        assertThat(reason.getReasonPhrase()).contains("token");
    }
}
