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
    private static final java.util.concurrent.atomic.AtomicInteger RELEASED =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicBoolean PLUGIN_INSTALLED =
            new java.util.concurrent.atomic.AtomicBoolean();
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
                .dynamicHandlers((connection, type) -> type.startsWith("plug.") && PLUGIN_INSTALLED.get()
                        ? java.util.Optional.of((session, request) -> {
                            session.onClose(RELEASED::incrementAndGet);
                            session.push("plug.echo", request.id(), request.payload());
                            session.push(
                                    "plug.later",
                                    null,
                                    Json.createObjectBuilder().add("n", 1).build());
                        })
                        : java.util.Optional.empty())
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
    void dynamicHandlersAreLookedUpAtEachMessageAndHearTheClose() throws Exception {
        try (TestClient client = TestClient.connect(CLIENT, server.uri(TOKENS.issue("u", "user")))) {
            PLUGIN_INSTALLED.set(false);
            JsonObject before = client.replyTo(client.send("plug.echo", null, null));
            assertThat(before.getJsonObject("payload").getString("code")).isEqualTo(ErrorCodes.UNKNOWN_TYPE);

            PLUGIN_INSTALLED.set(true);
            int releasedBefore = RELEASED.get();
            JsonObject echo = client.replyTo(client.send(
                    "plug.echo", null, Json.createObjectBuilder().add("k", "v").build()));
            assertThat(echo.getString("type")).isEqualTo("plug.echo");
            assertThat(echo.getJsonObject("payload").getString("k")).isEqualTo("v");
            JsonObject unsolicited = client.next(m -> "plug.later".equals(m.getString("type")));
            assertThat(unsolicited.containsKey("replyTo")).isFalse();
            assertThat(unsolicited.getString("id")).startsWith("s-").isNotEqualTo(echo.getString("id"));
            client.close();
            Polling.until(() -> RELEASED.get() == releasedBefore + 1);
        } finally {
            PLUGIN_INSTALLED.set(false);
        }
    }

    @Test
    void prefixesAreValidated() {
        Hub.Builder builder = Hub.builder(TOKENS, (principal, channel) -> true).handler("a.", (s, r) -> {});

        assertThatThrownBy(() -> builder.handler("a.", (s, r) -> {})).hasMessageContaining("already registered");
        assertThatThrownBy(() -> builder.handler(" ", (s, r) -> {})).hasMessageContaining("blank");
    }
}
