package com.gridvault.excel.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.gridvault.excel.snapshot.CellAddress;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON for the bridge's payloads: records by their components, cell addresses as A1 text, nulls
 * left out, unknown fields ignored (readers must tolerate fields added in later versions).
 */
final class ExcelJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("excel-a1")
                    .addSerializer(CellAddress.class, new A1Serializer())
                    .addDeserializer(CellAddress.class, new A1Deserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ExcelJson() {}

    /**
     * Reads a payload.
     *
     * @throws InvalidInputException naming the path of the first problem
     */
    static <T> T read(String json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new InvalidInputException("payload", "must be a JSON object");
            }
            return value;
        } catch (JsonMappingException e) {
            String path = e.getPath().isEmpty() ? "payload" : pathOf(e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? cause.getMessage()
                    : e.getOriginalMessage();
            throw new InvalidInputException(path, shorten(message));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("payload", "is not valid JSON: " + shorten(e.getOriginalMessage()));
        }
    }

    /** Writes a payload. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "payload" : path.toString();
    }

    private static String shorten(String message) {
        if (message == null) {
            return "is invalid";
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "..." : firstLine;
    }

    private static final class A1Serializer extends JsonSerializer<CellAddress> {
        @Override
        public void serialize(CellAddress value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toA1());
        }
    }

    private static final class A1Deserializer extends JsonDeserializer<CellAddress> {
        @Override
        public CellAddress deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            CellAddress address = CellAddress.tryParse(p.getValueAsString());
            if (address == null) {
                throw JsonMappingException.from(p, "not an A1 cell address: '" + p.getValueAsString() + "'");
            }
            return address;
        }
    }
}
