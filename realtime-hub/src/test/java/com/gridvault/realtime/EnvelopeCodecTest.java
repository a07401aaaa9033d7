package com.gridvault.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec(JsonProvider.provider());

    @Test
    void decodesEveryField() {
        Envelope envelope = codec.decode(
                "{\"v\":1,\"type\":\"excel.range.read\",\"id\":\"c-1\",\"replyTo\":\"s-9\",\"channel\":\"excel:wb\","
                        + "\"payload\":{\"sheet\":\"DCF\"},\"unknown\":true}");

        assertThat(envelope.v()).isEqualTo(1);
        assertThat(envelope.type()).isEqualTo("excel.range.read");
        assertThat(envelope.id()).isEqualTo("c-1");
        assertThat(envelope.replyTo()).isEqualTo("s-9");
        assertThat(envelope.channel()).isEqualTo(new Channel("excel", "wb"));
        assertThat(envelope.payload().getString("sheet")).isEqualTo("DCF");
    }

    @Test
    void absentOptionalFieldsDecodeToNullAndAnEmptyPayload() {
        Envelope envelope = codec.decode("{\"v\":1,\"type\":\"ping\",\"id\":\"1\",\"replyTo\":null}");

        assertThat(envelope.replyTo()).isNull();
        assertThat(envelope.channel()).isNull();
        assertThat(envelope.payload()).isEmpty();
    }

    @Test
    void encodeThenReadGivesTheSameFieldsAndLeavesNullsOut() {
        JsonObject payload = Json.createObjectBuilder().add("n", 5).build();
        String text = codec.encode(new Envelope(1, "event", "e-1", null, Channel.job("7"), payload));

        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        assertThat(json.getInt("v")).isEqualTo(1);
        assertThat(json.getString("type")).isEqualTo("event");
        assertThat(json.getString("channel")).isEqualTo("job:7");
        assertThat(json.getJsonObject("payload")).isEqualTo(payload);
        assertThat(json.containsKey("replyTo")).isFalse();
        assertThat(codec.decode(text).payload()).isEqualTo(payload);
    }

    @Test
    void versionOneWrittenAsDecimalIsAccepted() {
        assertThat(codec.decode("{\"v\":1.0,\"type\":\"ping\",\"id\":\"1\"}").v())
                .isEqualTo(1);
    }

    @Test
    void errorsCarryTheMessageIdWhenThereIsOne() {
        assertThatThrownBy(() -> codec.decode("{\"v\":3,\"type\":\"ping\",\"id\":\"m-7\"}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.UNSUPPORTED_VERSION);
                    assertThat(e.replyTo()).isEqualTo("m-7");
                });
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"ping\",\"id\":7}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_ENVELOPE);
                    assertThat(e.replyTo()).isNull();
                });
    }

    @Test
    void overlongTypesAndIdsAreRejected() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"" + "t".repeat(65) + "\",\"id\":\"1\"}"))
                .hasMessageContaining("type");
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"ping\",\"id\":\"" + "i".repeat(129) + "\"}"))
                .hasMessageContaining("id");
    }
}
