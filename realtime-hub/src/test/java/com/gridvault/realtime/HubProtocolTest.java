package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubProtocolTest {

    private static final int MAX_BYTES = 4096;
    private static final int MAX_ERRORS = 3;
    private static final TokenStore TOKENS = new TokenStore();
    private static final ClientManager CLIENT = ClientManager.createClient();
    private static HubServer server;

    @BeforeAll
    static void start() throws Exception {
        HubSettings settings =
                HubSettings.DEFAULTS.withMaxMessageBytes(MAX_BYTES).withMaxProtocolErrors(MAX_ERRORS);
        server = HubServer.start(Hub.builder(TOKENS, (principal, channel) -> true)
                .settings(settings)
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
        CLIENT.shutdown();
    }

    private static TestClient connect() throws Exception {
        return TestClient.connect(CLIENT, server.uri(TOKENS.issue("u", "user")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json at all                                          | malformed_json      |",
                "[1,2]                                                    | malformed_json      |",
                "{\"type\":\"ping\",\"id\":\"a\"}                         | invalid_envelope    | a",
                "{\"v\":\"1\",\"type\":\"ping\",\"id\":\"b\"}             | invalid_envelope    | b",
                "{\"v\":2,\"type\":\"ping\",\"id\":\"c\"}                 | unsupported_version | c",
                "{\"v\":1,\"type\":\"ping\"}                              | invalid_envelope    |",
                "{\"v\":1,\"id\":\"d\"}                                   | invalid_envelope    | d",
                "{\"v\":1,\"type\":\"teleport\",\"id\":\"e\"}             | unknown_type        | e",
                "{\"v\":1,\"type\":\"event\",\"id\":\"f\"}                | unknown_type        | f",
                "{\"v\":1,\"type\":\"subscribe\",\"id\":\"g\"}            | invalid_channel     | g",
                "{\"v\":1,\"type\":\"subscribe\",\"id\":\"h\",\"channel\":\"galaxy:1\"} | invalid_channel | h",
                "{\"v\":1,\"type\":\"ping\",\"id\":\"i\",\"payload\":[]}  | invalid_envelope    | i",
            })
    void badMessagesGetAnErrorWithACodeAndTheConnectionStaysOpen(String text, String code, String replyTo)
            throws Exception {
        try (TestClient client = connect()) {
            client.sendRaw(text.strip());

            JsonObject error = client.next();
            assertThat(error.getString("type")).isEqualTo(MessageTypes.ERROR);
            assertThat(error.getJsonObject("payload").getString("code")).isEqualTo(code);
            assertThat(error.getJsonObject("payload").getString("message")).isNotBlank();
            assertThat(error.getString("replyTo", null)).isEqualTo(replyTo);

            String ping = client.send(MessageTypes.PING, null, null);
            assertThat(client.replyTo(ping).getString("type")).isEqualTo(MessageTypes.PONG);
        }
    }

    @Test
    void pingIsAnsweredWithPongEchoingThePayload() throws Exception {
        try (TestClient client = connect()) {
            String id = client.send(
                    MessageTypes.PING,
                    null,
                    Json.createObjectBuilder().add("t", 123).build());

            JsonObject pong = client.replyTo(id);
            assertThat(pong.getString("type")).isEqualTo(MessageTypes.PONG);
            assertThat(pong.getJsonObject("payload").getInt("t")).isEqualTo(123);
            assertThat(pong.getString("id")).isNotEqualTo(id);
        }
    }

    @Test
    void moreThanTheAllowedErrorsInARowCloseWith1008() throws Exception {
        try (TestClient client = connect()) {
            for (int i = 0; i <= MAX_ERRORS; i++) {
                client.sendRaw("{oops");
            }
            for (int i = 0; i <= MAX_ERRORS; i++) {
                assertThat(client.next().getJsonObject("payload").getString("code"))
                        .isEqualTo(ErrorCodes.MALFORMED_JSON);
            }
            CloseReason reason = client.awaitClose();
            assertThat(reason.getCloseCode().getCode()).isEqualTo(HubCloseCodes.POLICY_VIOLATION);
        }
    }

    @Test
    void aValidMessageEndsTheErrorStreak() throws Exception {
        try (TestClient client = connect()) {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < MAX_ERRORS; i++) {
                    client.sendRaw("{oops");
                }
                client.replyTo(client.send(MessageTypes.PING, null, null));
            }
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void oversizedMessageClosesWith1009() throws Exception {
        try (TestClient client = connect()) {
            String filler = "x".repeat(MAX_BYTES);
            client.sendRaw("{\"v\":1,\"type\":\"ping\",\"id\":\"big\",\"payload\":{\"f\":\"" + filler + "\"}}");

            assertThat(client.awaitClose().getCloseCode().getCode()).isEqualTo(HubCloseCodes.TOO_BIG);
        }
    }

    @Test
    void multiByteTextIsMeasuredInBytes() throws Exception {
        // 1,400 euro signs are 4,200 UTF-8 bytes but only 1,400 chars: over the 4,096-byte limit.
        try (TestClient client = connect()) {
            client.sendRaw(
                    "{\"v\":1,\"type\":\"ping\",\"id\":\"eur\",\"payload\":{\"f\":\"" + "€".repeat(1400) + "\"}}");

            assertThat(client.awaitClose().getCloseCode().getCode()).isEqualTo(HubCloseCodes.TOO_BIG);
        }
    }

    @Test
    void messageJustUnderTheLimitIsServed() throws Exception {
        try (TestClient client = connect()) {
            String head = "{\"v\":1,\"type\":\"ping\",\"id\":\"fit\",\"payload\":{\"f\":\"";
            String tail = "\"}}";
            client.sendRaw(head + "y".repeat(MAX_BYTES - head.length() - tail.length()) + tail);

            assertThat(client.replyTo("fit").getString("type")).isEqualTo(MessageTypes.PONG);
        }
    }

    @Test
    void binaryMessagesAreAProtocolError() throws Exception {
        try (TestClient client = connect()) {
            client.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}));

            JsonObject error = client.next();
            assertThat(error.getJsonObject("payload").getString("code")).isEqualTo(ErrorCodes.INVALID_ENVELOPE);
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void clientErrorsAndPongsAreAcceptedSilently() throws Exception {
        try (TestClient client = connect()) {
            client.send(MessageTypes.ERROR, null, null);
            client.send(MessageTypes.PONG, null, null);
            String ping = client.send(MessageTypes.PING, null, null);

            assertThat(client.next().getString("replyTo")).isEqualTo(ping);
        }
    }
}
