package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub's own checks, without a container in front (which may apply the size limit first). */
class DispatcherTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final EnvelopeCodec codec = new EnvelopeCodec(JsonProvider.provider());
    private final HubSettings settings = HubSettings.DEFAULTS.withMaxMessageBytes(100);
    private final AtomicInteger authorizations = new AtomicInteger();
    private final Dispatcher dispatcher = new Dispatcher(
            codec,
            new Subscriptions(codec, () -> "e-1"),
            (principal, channel) ->
                    authorizations.incrementAndGet() > 0 && channel.id().equals("mine"),
            List.of(),
            (session, type) -> java.util.Optional.empty(),
            settings);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private Connection connection(FakeTransport transport) {
        return new Connection("c-1", new HubPrincipal("u", "user"), transport, codec, settings, scheduler, c -> {});
    }

    @Test
    void textOverTheByteLimitCloses1009() {
        FakeTransport transport = new FakeTransport();

        dispatcher.receive(connection(transport), "{\"v\":1,\"type\":\"ping\",\"id\":\"" + "é".repeat(60) + "\"}");

        assertThat(transport.closeCode()).isEqualTo(HubCloseCodes.TOO_BIG);
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void textAtTheLimitIsServed() {
        FakeTransport transport = new FakeTransport();
        String head = "{\"v\":1,\"type\":\"ping\",\"id\":\"";
        String text = head + "a".repeat(100 - head.length() - 2) + "\"}";

        dispatcher.receive(connection(transport), text);

        assertThat(transport.closeCode()).isNull();
        assertThat(transport.sent()).singleElement().asString().contains("\"type\":\"pong\"");
    }

    @Test
    void deniedSubscriptionAsksTheAuthorizerAndSubscribesNothing() {
        FakeTransport transport = new FakeTransport();
        Connection connection = connection(transport);

        dispatcher.receive(connection, "{\"v\":1,\"type\":\"subscribe\",\"id\":\"1\",\"channel\":\"job:theirs\"}");

        assertThat(authorizations).hasValue(1);
        assertThat(connection.channels()).isEmpty();
        assertThat(transport.sent()).singleElement().asString().contains(ErrorCodes.FORBIDDEN_OR_UNKNOWN);
    }

    @Test
    void allowedSubscriptionAnswersBeforeItsPresence() {
        FakeTransport transport = new FakeTransport();
        Connection connection = connection(transport);

        dispatcher.receive(connection, "{\"v\":1,\"type\":\"subscribe\",\"id\":\"1\",\"channel\":\"job:mine\"}");

        assertThat(connection.channels()).containsExactly(Channel.job("mine"));
        assertThat(transport.sent()).hasSize(2);
        assertThat(transport.sent().get(0)).contains("\"type\":\"subscribed\"");
        assertThat(transport.sent().get(1)).contains("\"type\":\"presence\"");
    }
}
