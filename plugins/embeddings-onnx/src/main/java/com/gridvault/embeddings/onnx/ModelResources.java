package com.gridvault.embeddings.onnx;

import java.io.IOException;
import java.io.InputStream;

/** Reads the files under {@code model/} from the plugin's own class loader, never from disk or network. */
final class ModelResources {

    private ModelResources() {}

    static InputStream open(ClassLoader loader, String name) {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(
                    name + " is missing from the plugin; the build unpacks it from the langchain4j model jar");
        }
        return in;
    }

    static byte[] read(ClassLoader loader, String name) {
        try (InputStream in = open(loader, name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + " from the plugin", e);
        }
    }
}
