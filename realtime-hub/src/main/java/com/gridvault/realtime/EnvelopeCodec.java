package com.gridvault.realtime;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;

/** Reads and writes envelopes; stateless and thread-safe. */
final class EnvelopeCodec {

    private static final int MAX_TYPE_LENGTH = 64;
    private static final int MAX_ID_LENGTH = 128;

    private final JsonProvider json;

    EnvelopeCodec(JsonProvider json) {
        this.json = json;
    }

    JsonProvider json() {
        return json;
    }

    /**
     * Reads one client message.
     *
     * @throws ProtocolException with the error code to answer
     */
    Envelope decode(String text) {
        JsonValue value;
        try (JsonReader reader = json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new ProtocolException(ErrorCodes.MALFORMED_JSON, "message is not valid JSON", null);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProtocolException(ErrorCodes.MALFORMED_JSON, "message must be a JSON object", null);
        }
        JsonObject object = value.asJsonObject();
        String id = optionalString(object, "id", null);
        String type = requiredString(object, "type", MAX_TYPE_LENGTH, id);
        int v = version(object, id);
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new ProtocolException(
                    ErrorCodes.INVALID_ENVELOPE,
                    "id is required: a string of 1-" + MAX_ID_LENGTH + " characters",
                    null);
        }
        String replyTo = optionalString(object, "replyTo", id);
        Channel channel = channel(optionalString(object, "channel", id), id);
        return new Envelope(v, type, id, replyTo, channel, payload(object, id));
    }

    /** Writes a message; fields that are null are left out. */
    String encode(Envelope envelope) {
        JsonObjectBuilder builder = json.createObjectBuilder()
                .add("v", envelope.v())
                .add("type", envelope.type())
                .add("id", envelope.id());
        if (envelope.replyTo() != null) {
            builder.add("replyTo", envelope.replyTo());
        }
        if (envelope.channel() != null) {
            builder.add("channel", envelope.channel().wire());
        }
        return builder.add("payload", envelope.payload()).build().toString();
    }

    /** The payload of an {@code error} message. */
    JsonObject errorPayload(String code, String message) {
        return json.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .build();
    }

    private static int version(JsonObject object, String id) {
        JsonValue v = object.get("v");
        if (v == null
                || v.getValueType() != JsonValue.ValueType.NUMBER
                || ((JsonNumber) v).bigDecimalValue().stripTrailingZeros().scale() > 0) {
            throw new ProtocolException(ErrorCodes.INVALID_ENVELOPE, "v is required: an integer", id);
        }
        if (((JsonNumber) v).bigDecimalValue().compareTo(BigDecimal.valueOf(Envelope.VERSION)) != 0) {
            throw new ProtocolException(
                    ErrorCodes.UNSUPPORTED_VERSION, "unsupported envelope version, this server speaks v=1", id);
        }
        return Envelope.VERSION;
    }

    private static String requiredString(JsonObject object, String field, int maxLength, String id) {
        String value = optionalString(object, field, id);
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new ProtocolException(
                    ErrorCodes.INVALID_ENVELOPE,
                    field + " is required: a string of 1-" + maxLength + " characters",
                    id);
        }
        return value;
    }

    private static String optionalString(JsonObject object, String field, String id) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ProtocolException(ErrorCodes.INVALID_ENVELOPE, field + " must be a string", id);
        }
        return ((JsonString) value).getString();
    }

    private static Channel channel(String wire, String id) {
        if (wire == null) {
            return null;
        }
        try {
            return Channel.parse(wire);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCodes.INVALID_CHANNEL, e.getMessage(), id);
        }
    }

    private static JsonObject payload(JsonObject object, String id) {
        JsonValue value = object.get("payload");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProtocolException(ErrorCodes.INVALID_ENVELOPE, "payload must be an object", id);
        }
        return value.asJsonObject();
    }
}
