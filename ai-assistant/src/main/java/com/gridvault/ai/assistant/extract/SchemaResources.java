package com.gridvault.ai.assistant.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the schemas shipped with the module. */
final class SchemaResources {

    private SchemaResources() {}

    static String load(String name) {
        String path = "/com/gridvault/ai/assistant/schemas/" + name;
        try (InputStream in = SchemaResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema resource " + path, e);
        }
    }
}
