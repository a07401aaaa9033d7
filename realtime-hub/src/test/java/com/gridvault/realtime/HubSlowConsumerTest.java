package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A client that stops reading is dropped; a normal one on the same channel keeps receiving. */
class HubSlowConsumerTest {

    private static final int QUEUE = 8;
    private static final TokenStore TOKENS = new TokenStore();
    // One client container each, so the stalled reader cannot hold up the healthy one's threads.
    private static final ClientManager SLOW_CLIENT = ClientManager.createClient();
    private static final ClientManager FAST_CLIENT = ClientManager.createClient();
    private static HubServer server;

    @BeforeAll
    static void start() throws Exception {
        HubSettings settings =
                new HubSettings(1 << 20, QUEUE, Duration.ofMinutes(5), 2, 10, 256, TestClient.TIMEOUT.multipliedBy(2));
        server = HubServer.start(Hub.builder(TOKENS, (principal, channel) -> true)
                .settings(settings)
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
        SLOW_CLIENT.shutdown();
        FAST_CLIENT.shutdown();
    }

    @Test
    void slowConsumerIsDroppedWith4008AndOthersAreUnaffected() throws Exception {
        Hub hub = server.hub();
        Channel channel = Channel.job("big");
        String chunk = "z".repeat(64 * 1024);
        try (TestClient slow = TestClient.connect(SLOW_CLIENT, server.uri(TOKENS.issue("slow", "slow")));
                TestClient fast = TestClient.connect(FAST_CLIENT, server.uri(TOKENS.issue("fast", "fast")))) {
            slow.subscribed(channel.wire());
            fast.subscribed(channel.wire());
            fast.nextOfType(MessageTypes.PRESENCE); // its own join, listing both
            slow.stallReading();

            // 64 KiB events until the stalled socket's buffers and then its 8-slot queue are full. The
            // healthy client takes each event before the next is published.
            List<JsonObject> presences = new ArrayList<>();
            int published = 0;
            while (hub.stats().dropped() == 0 && published < 5_000) {
                hub.publish(
                        channel,
                        "chunk",
                        Json.createObjectBuilder()
                                .add("n", published)
                                .add("data", chunk)
                                .build());
                JsonObject event = fast.next();
                while (event.getString("type").equals(MessageTypes.PRESENCE)) {
                    presences.add(event); // joins may arrive late; the drop announces itself here
                    event = fast.next();
                }
                assertThat(event.getJsonObject("payload").getJsonObject("data").getInt("n"))
                        .isEqualTo(published);
                published++;
            }
            assertThat(hub.stats().dropped()).isEqualTo(1);
            assertThat(hub.stats().sessions()).isEqualTo(1);
            assertThat(hub.stats().subscriptions()).isEqualTo(1);

            JsonObject leave = presences.stream()
                    .filter(HubSlowConsumerTest::isLeave)
                    .findFirst()
                    .orElseGet(() -> fast.next(HubSlowConsumerTest::isLeave));
            assertThat(leave.getJsonObject("payload").getString("event")).isEqualTo("leave");
            assertThat(leave.getJsonObject("payload").getJsonObject("user").getString("userId"))
                    .isEqualTo("slow");
            hub.publish(channel, "after", JsonObject.EMPTY_JSON_OBJECT);
            assertThat(fast.nextOfType(MessageTypes.EVENT)
                            .getJsonObject("payload")
                            .getString("event"))
                    .isEqualTo("after");

            // Once it reads again, the slow client finds the final error and then the close.
            slow.resume();
            System.err.println(
                    "DEBUG published=" + published + " pending=" + slow.pending() + " open=" + slow.isOpen());
            for (int i = 0; i < 50; i++) {
                Thread.sleep(100);
                System.err.println("DEBUG t=" + i + " pending=" + slow.pending() + " open=" + slow.isOpen());
                if (!slow.isOpen()) break;
            }
            JsonObject error = slow.next(message -> MessageTypes.ERROR.equals(message.getString("type")));
            assertThat(error.getJsonObject("payload").getString("code")).isEqualTo(ErrorCodes.SLOW_CONSUMER);
            CloseReason reason = slow.awaitClose();
            assertThat(reason.getCloseCode().getCode()).isEqualTo(HubCloseCodes.TOO_SLOW);
            assertThat(reason.getReasonPhrase()).isEqualTo("too slow");
            assertThat(fast.isOpen()).isTrue();
        }
    }

    private static boolean isLeave(JsonObject message) {
        return message.getString("type").equals(MessageTypes.PRESENCE)
                && message.getJsonObject("payload").getString("event").equals("leave");
    }
}
