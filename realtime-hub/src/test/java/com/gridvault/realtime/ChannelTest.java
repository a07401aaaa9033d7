package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @Test
    void parsesAndWritesTheWireForm() {
        Channel channel = Channel.parse("job:42");

        assertThat(channel).isEqualTo(Channel.job("42"));
        assertThat(channel.kind()).isEqualTo("job");
        assertThat(channel.id()).isEqualTo("42");
        assertThat(channel.wire()).isEqualTo("job:42");
        assertThat(Channel.parse(Channel.document("a.b_c-1").wire())).isEqualTo(Channel.document("a.b_c-1"));
    }

    @Test
    void knowsTheFiveKinds() {
        assertThat(Channel.KINDS).containsExactlyInAnyOrder("workspace", "project", "document", "job", "excel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"job", "job:", ":42", "galaxy:1", "job:4 2", "job:a:b", "JOB:1", "job:é"})
    void rejectsMalformedChannels(String wire) {
        assertThatThrownBy(() -> Channel.parse(wire)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsOverlongIds() {
        assertThat(new Channel("job", "x".repeat(128)).id()).hasSize(128);
        assertThatThrownBy(() -> new Channel("job", "x".repeat(129))).hasMessageContaining("1-128");
    }
}
