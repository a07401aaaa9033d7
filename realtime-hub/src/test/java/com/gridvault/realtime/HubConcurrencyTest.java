package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.Test;

class HubConcurrencyTest {

    private static final int PUBLISHERS = 6;
    private static final int EVENTS_EACH = 150;
    private static final int SUBSCRIBERS = 3;

    @Test
    void manyConcurrentPublishersReachEverySubscriberOnceAndInOrderPerPublisher() throws Exception {
        TokenStore tokens = new TokenStore();
        ClientManager clientManager = ClientManager.createClient();
        ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
        Channel channel = Channel.workspace("w1");
        try (HubServer server =
                HubServer.start(Hub.builder(tokens, (p, c) -> true).build())) {
            List<TestClient> clients = new ArrayList<>();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                TestClient client = TestClient.connect(clientManager, server.uri(tokens.issue("u" + i, "user" + i)));
                client.subscribed(channel.wire());
                clients.add(client);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int p = 0; p < PUBLISHERS; p++) {
                int publisher = p;
                runs.add(pool.submit(() -> {
                    go.await();
                    for (int n = 0; n < EVENTS_EACH; n++) {
                        server.hub()
                                .publish(
                                        channel,
                                        "tick",
                                        Json.createObjectBuilder()
                                                .add("p", publisher)
                                                .add("n", n)
                                                .build());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }

            for (TestClient client : clients) {
                Map<Integer, Integer> lastSeen = new HashMap<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < PUBLISHERS * EVENTS_EACH; i++) {
                    JsonObject data = client.nextOfType(MessageTypes.EVENT)
                            .getJsonObject("payload")
                            .getJsonObject("data");
                    int p = data.getInt("p");
                    int n = data.getInt("n");
                    assertThat(seen.add(p + "/" + n))
                            .as("duplicate %s/%s", p, n)
                            .isTrue();
                    assertThat(n).as("order of publisher %s", p).isEqualTo(lastSeen.getOrDefault(p, -1) + 1);
                    lastSeen.put(p, n);
                }
                assertThat(seen).hasSize(PUBLISHERS * EVENTS_EACH);
                client.close();
            }
            assertThat(server.hub().stats().dropped()).isZero();
        } finally {
            pool.shutdownNow();
            clientManager.shutdown();
        }
    }
}
