package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HubRequestHandlerTest {

    private static final TokenStore TOKENS = new TokenStore();
    private static final ClientManager CLIENT = ClientManager.createClient();
    private static final AtomicReference<HubSession> LAST_SESSION = new AtomicReference<>();
    private static HubServer server;

    @BeforeAll
    static void start() throws Exception {
        Hub hub = Hub.builder(TOKENS, (principal, channel) -> true)
                .handler("excel.", new ExcelStubHandler())
                .handler(
                        "excel.admin.",
                        (session, request) -> session.reply(request, "excel.admin.ok", request.payload()))
                .handler("boom.", (session, request) -> {
                    throw new IllegalStateException("secret internal detail");
                })
                .handler("who.", (session, request) -> {
                    LAST_SESSION.set(session);
                    session.attributes().merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
                    session.reply(
                            request,
                            "who.am.i",
                            Json.createObjectBuilder()
                                    .add("userId", session.principal().userId())
                                    .add("count", (Integer) session.attributes().get("count"))
                                    .build());
                })
                .build();
        server = HubServer.start(hub);
    }

    @AfterAll
    static void stop() {
        server.close();
        CLIENT.shutdown();
    }

    @Test
    void excelRangeReadRoundTrip() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u", "user")))) {
            String id = client.send(
                    "excel.range.read",
                    "excel:wb-1",
                    Json.createObjectBuilder()
                            .add("sheet", "DCF")
                            .add("range", "B4:D4")
                            .build());

            JsonObject reply = client.replyTo(id);
            assertThat(reply.getString("type")).isEqualTo("excel.range.data");
            assertThat(reply.getString("channel")).isEqualTo("excel:wb-1");
            assertThat(reply.getJsonObject("payload").getJsonArray("cells").stream()
                            .map(JsonValue::asJsonObject)
                            .map(cell -> cell.getString("value")))
                    .containsExactly("DCF!B4", "DCF!C4", "DCF!D4");
        }
    }

    @Test
    void longestPrefixWins() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u", "user")))) {
            String id = client.send(
                    "excel.admin.reset",
                    null,
                    Json.createObjectBuilder().add("k", "v").build());

            JsonObject reply = client.replyTo(id);
            assertThat(reply.getString("type")).isEqualTo("excel.admin.ok");
            assertThat(reply.getJsonObject("payload").getString("k")).isEqualTo("v");
        }
    }

    @Test
    void handlerErrorsAreSentAsTheyAre() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u", "user")))) {
            JsonObject reply = client.replyTo(client.send("excel.undo", null, null));

            assertThat(reply.getString("type")).isEqualTo(MessageTypes.ERROR);
            assertThat(reply.getJsonObject("payload").getString("code")).isEqualTo("UNKNOWN_TYPE");
        }
    }

    @Test
    void failingHandlerIsAnsweredWithInternalErrorWithoutDetail() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u", "user")))) {
            JsonObject reply = client.replyTo(client.send("boom.now", null, null));

            assertThat(reply.getJsonObject("payload").getString("code")).isEqualTo(ErrorCodes.INTERNAL_ERROR);
            assertThat(reply.toString()).doesNotContain("secret");
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void handlersSeeThePrincipalAndPerConnectionAttributes() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u-42", "zoe")))) {
            client.replyTo(client.send("who.first", null, null));
            JsonObject second = client.replyTo(client.send("who.second", null, null));

            assertThat(second.getJsonObject("payload").getString("userId")).isEqualTo("u-42");
            assertThat(second.getJsonObject("payload").getInt("count")).isEqualTo(2);
            assertThat(LAST_SESSION.get().isOpen()).isTrue();
        }
        Polling.until(() -> !LAST_SESSION.get().isOpen());
    }

    @Test
    void prefixesAreValidated() {
        Hub.Builder builder = Hub.builder(TOKENS, (principal, channel) -> true).handler("a.", (s, r) -> {});

        assertThatThrownBy(() -> builder.handler("a.", (s, r) -> {})).hasMessageContaining("already registered");
        assertThatThrownBy(() -> builder.handler(" ", (s, r) -> {})).hasMessageContaining("blank");
    }
}
