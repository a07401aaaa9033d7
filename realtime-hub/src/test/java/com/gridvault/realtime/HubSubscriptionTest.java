package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSubscriptionTest {

    private static final TokenStore TOKENS = new TokenStore();
    private static final TestAuthorizer AUTHORIZER = new TestAuthorizer()
            .user("alice", "acme")
            .user("bob", "acme")
            .user("mallory", "evil")
            .channels(
                    "acme",
                    Channel.job("1"),
                    Channel.job("2"),
                    Channel.document("d1"),
                    Channel.document("d2"),
                    Channel.document("d3"))
            .channels("evil", Channel.job("666"));
    private static final ClientManager CLIENT = ClientManager.createClient();
    private static HubServer server;

    @BeforeAll
    static void start() throws Exception {
        server = HubServer.start(Hub.builder(TOKENS, AUTHORIZER).build());
    }

    @AfterAll
    static void stop() {
        server.close();
        CLIENT.shutdown();
    }

    @BeforeEach
    void quiet() {
        // Clients of the previous test are closed, but the server may still be releasing them.
        Polling.until(() -> server.hub().stats().sessions() == 0);
    }

    private static TestClient connect(String userId) throws Exception {
        return TestClient.connect(CLIENT, server.uri(TOKENS.issue(userId, userId + "-name")));
    }

    @Test
    void allowedSubscriptionIsAcknowledgedAndReceivesEvents() throws Exception {
        try (TestClient alice = connect("alice")) {
            JsonObject answer = alice.subscribed("job:1");
            assertThat(answer.getString("type")).isEqualTo(MessageTypes.SUBSCRIBED);
            assertThat(answer.getJsonObject("payload").getString("channel")).isEqualTo("job:1");

            server.hub()
                    .publish(
                            Channel.job("1"),
                            "job.progress",
                            Json.createObjectBuilder().add("percent", 40).build());

            JsonObject event = alice.nextOfType(MessageTypes.EVENT);
            assertThat(event.getInt("v")).isEqualTo(1);
            assertThat(event.getString("channel")).isEqualTo("job:1");
            assertThat(event.getJsonObject("payload").getString("event")).isEqualTo("job.progress");
            assertThat(event.getJsonObject("payload").getJsonObject("data").getInt("percent"))
                    .isEqualTo(40);
        }
    }

    @Test
    void foreignAndUnknownChannelsGetTheSameError() throws Exception {
        assertThat(AUTHORIZER.exists(Channel.job("666"))).isTrue();
        assertThat(AUTHORIZER.exists(Channel.job("404"))).isFalse();
        try (TestClient alice = connect("alice")) {
            JsonObject foreign = alice.subscribed("job:666");
            JsonObject unknown = alice.subscribed("job:404");

            assertThat(foreign.getString("type")).isEqualTo(MessageTypes.ERROR);
            assertThat(foreign.getJsonObject("payload").getString("code")).isEqualTo(ErrorCodes.FORBIDDEN_OR_UNKNOWN);
            assertThat(foreign.getJsonObject("payload")).isEqualTo(unknown.getJsonObject("payload"));
            assertThat(foreign.keySet()).isEqualTo(unknown.keySet());
            assertThat(alice.isOpen()).isTrue();
            assertThat(server.hub().stats().subscriptions()).isZero();
        }
    }

    @Test
    void publishReachesOnlySubscribersOfThatChannel() throws Exception {
        try (TestClient alice = connect("alice");
                TestClient bob = connect("bob")) {
            alice.subscribed("job:2");
            bob.subscribed("document:d2");
            bob.nextOfType(MessageTypes.PRESENCE); // bob's own join

            server.hub()
                    .publish(
                            Channel.job("2"),
                            "job.finished",
                            Json.createObjectBuilder().add("n", 1).build());
            // Published after the job event from the same thread: once bob has it, he would also have
            // had the job event, had it been sent to him.
            server.hub()
                    .publish(
                            Channel.document("d2"),
                            "document.status",
                            Json.createObjectBuilder().add("n", 2).build());

            JsonObject bobs = bob.next();
            assertThat(bobs.getString("channel")).isEqualTo("document:d2");
            assertThat(bobs.getJsonObject("payload").getString("event")).isEqualTo("document.status");
            JsonObject alices = alice.nextOfType(MessageTypes.EVENT);
            assertThat(alices.getString("channel")).isEqualTo("job:2");
        }
    }

    @Test
    void unsubscribeStopsEvents() throws Exception {
        try (TestClient alice = connect("alice")) {
            alice.subscribed("document:d1");
            alice.subscribed("job:1");
            JsonObject answer = alice.replyTo(alice.send(MessageTypes.UNSUBSCRIBE, "document:d1", null));
            assertThat(answer.getString("type")).isEqualTo(MessageTypes.UNSUBSCRIBED);

            server.hub().publish(Channel.document("d1"), "document.status", JsonObject.EMPTY_JSON_OBJECT);
            server.hub().publish(Channel.job("1"), "job.progress", JsonObject.EMPTY_JSON_OBJECT);

            JsonObject event = alice.nextOfType(MessageTypes.EVENT);
            assertThat(event.getString("channel")).isEqualTo("job:1");
        }
    }

    @Test
    void presenceAnnouncesJoinAndLeaveToTheChannel() throws Exception {
        try (TestClient alice = connect("alice")) {
            alice.subscribed("document:d3");
            JsonObject own = alice.nextOfType(MessageTypes.PRESENCE);
            assertThat(own.getJsonObject("payload").getString("event")).isEqualTo("join");
            assertThat(viewers(own)).containsExactly("alice");

            TestClient bob = connect("bob");
            bob.subscribed("document:d3");
            JsonObject joined = alice.nextOfType(MessageTypes.PRESENCE);
            assertThat(joined.getString("channel")).isEqualTo("document:d3");
            assertThat(joined.getJsonObject("payload").getString("event")).isEqualTo("join");
            assertThat(joined.getJsonObject("payload").getJsonObject("user").getString("userId"))
                    .isEqualTo("bob");
            assertThat(joined.getJsonObject("payload").getJsonObject("user").getString("username"))
                    .isEqualTo("bob-name");
            assertThat(viewers(joined)).containsExactly("alice", "bob");
            assertThat(viewers(bob.nextOfType(MessageTypes.PRESENCE))).containsExactly("alice", "bob");

            bob.close(); // leaving by disconnecting
            JsonObject left = alice.nextOfType(MessageTypes.PRESENCE);
            assertThat(left.getJsonObject("payload").getString("event")).isEqualTo("leave");
            assertThat(left.getJsonObject("payload").getJsonObject("user").getString("userId"))
                    .isEqualTo("bob");
            assertThat(viewers(left)).containsExactly("alice");
            assertThat(left.getJsonObject("payload").getInt("viewerCount")).isEqualTo(1);
        }
    }

    @Test
    void subscriptionsAreCountedAndReleasedOnClose() throws Exception {
        TestClient alice = connect("alice");
        alice.subscribed("job:1");
        alice.subscribed("job:2");
        alice.subscribed("job:1"); // idempotent
        assertThat(server.hub().stats().subscriptions()).isEqualTo(2);

        alice.close();
        Polling.until(() -> server.hub().stats().subscriptions() == 0
                && server.hub().stats().sessions() == 0);
    }

    private static List<String> viewers(JsonObject presence) {
        return presence.getJsonObject("payload").getJsonArray("viewers").stream()
                .map(viewer -> ((JsonString) viewer.asJsonObject().get("userId")).getString())
                .toList();
    }
}
