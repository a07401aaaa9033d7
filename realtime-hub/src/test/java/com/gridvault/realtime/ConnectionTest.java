package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final EnvelopeCodec codec = new EnvelopeCodec(JsonProvider.provider());
    private final AtomicInteger drops = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private Connection connection(FakeTransport transport, HubSettings settings) {
        return new Connection(
                "c-1",
                new HubPrincipal("u", "user"),
                transport,
                codec,
                settings,
                scheduler,
                c -> drops.incrementAndGet());
    }

    @Test
    void twoMissedPingsClose4408() {
        FakeTransport transport = new FakeTransport();
        Connection connection = connection(transport, HubSettings.DEFAULTS);

        connection.heartbeat(2);
        connection.heartbeat(2);
        assertThat(transport.pings()).isEqualTo(2);
        assertThat(transport.closeCode()).isNull();

        connection.heartbeat(2);

        assertThat(transport.closeCode()).isEqualTo(HubCloseCodes.HEARTBEAT_TIMEOUT);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void aPongResetsTheCount() {
        FakeTransport transport = new FakeTransport();
        Connection connection = connection(transport, HubSettings.DEFAULTS);

        for (int i = 0; i < 10; i++) {
            connection.heartbeat(2);
            connection.alive();
        }

        assertThat(transport.closeCode()).isNull();
        assertThat(transport.pings()).isEqualTo(10);
    }

    @Test
    void overflowSendsSlowConsumerErrorThenCloses4008AndReportsTheDropOnce() {
        FakeTransport transport = new FakeTransport().holding();
        Connection connection = connection(transport, HubSettings.DEFAULTS.withOutboundQueueCapacity(2));

        assertThat(connection.sendText("in flight")).isTrue();
        assertThat(connection.sendText("q1")).isTrue();
        assertThat(connection.sendText("q2")).isTrue();
        assertThat(connection.sendText("overflow")).isFalse();
        assertThat(connection.sendText("after")).isFalse();

        assertThat(drops).hasValue(1);
        assertThat(connection.isOpen()).isFalse();
        assertThat(transport.closeCode()).isNull(); // still waiting for the send in flight
        transport.completeNext();
        assertThat(transport.sent()).hasSize(2);
        assertThat(transport.sent().get(1)).contains("\"type\":\"error\"").contains(ErrorCodes.SLOW_CONSUMER);
        transport.completeNext();

        assertThat(transport.closeCode()).isEqualTo(HubCloseCodes.TOO_SLOW);
        assertThat(transport.closeReason()).isEqualTo("too slow");
    }

    @Test
    void aStuckSendIsClosedAfterTheGrace() {
        FakeTransport transport = new FakeTransport().holding();
        HubSettings settings = new HubSettings(1024, 1, Duration.ofSeconds(30), 2, 10, 10, Duration.ofMillis(20));
        Connection connection = connection(transport, settings);
        connection.sendText("stuck");
        connection.sendText("q");
        connection.sendText("overflow");

        Polling.until(() -> transport.closeCode() != null);

        assertThat(transport.closeCode()).isEqualTo(HubCloseCodes.TOO_SLOW);
        assertThat(transport.sent()).containsExactly("stuck");
    }

    @Test
    void protocolErrorsOverTheLimitClose1008AfterTheLastError() {
        FakeTransport transport = new FakeTransport();
        Connection connection = connection(transport, HubSettings.DEFAULTS);
        ProtocolException error = new ProtocolException(ErrorCodes.UNKNOWN_TYPE, "unknown", "x");

        connection.protocolError(error, 2);
        connection.protocolError(error, 2);
        assertThat(transport.closeCode()).isNull();
        connection.protocolError(error, 2);

        assertThat(transport.sent()).hasSize(3).allMatch(text -> text.contains(ErrorCodes.UNKNOWN_TYPE));
        assertThat(transport.closeCode()).isEqualTo(HubCloseCodes.POLICY_VIOLATION);
    }
}
