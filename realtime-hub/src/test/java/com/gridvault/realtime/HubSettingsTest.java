package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HubSettingsTest {

    @Test
    void defaultsMatchTheDocumentedLimits() {
        HubSettings defaults = HubSettings.DEFAULTS;

        assertThat(defaults.maxMessageBytes()).isEqualTo(1024 * 1024);
        assertThat(defaults.outboundQueueCapacity()).isEqualTo(1000);
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.missedHeartbeats()).isEqualTo(2);
    }

    @Test
    void withersChangeOneLimit() {
        HubSettings changed = HubSettings.DEFAULTS.withMaxMessageBytes(10).withOutboundQueueCapacity(3);

        assertThat(changed.maxMessageBytes()).isEqualTo(10);
        assertThat(changed.outboundQueueCapacity()).isEqualTo(3);
        assertThat(changed.heartbeatInterval()).isEqualTo(HubSettings.DEFAULTS.heartbeatInterval());
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatThrownBy(() -> HubSettings.DEFAULTS.withMaxMessageBytes(0)).hasMessageContaining("maxMessageBytes");
        assertThatThrownBy(() -> HubSettings.DEFAULTS.withHeartbeatInterval(Duration.ZERO))
                .hasMessageContaining("heartbeatInterval");
    }
}
