package com.gridvault.plugin.testkit;

import com.gridvault.plugin.api.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real plugin jar from compiled classes on the test class path.
 *
 * <pre>{@code
 * Path jar = PluginJar.builder(tempDir, "hello")
 *     .pluginClass(HelloPlugin.class)
 *     .extension(HelloGreeter.class)
 *     .build();
 * }</pre>
 *
 * <p>Classes are copied byte for byte (with their nested classes); the jar gets a PF4J manifest and an
 * {@code META-INF/extensions.idx} listing the extensions. Every part can be omitted or corrupted on
 * purpose to test how the host treats broken plugins.
 */
public final class PluginJar {

    private PluginJar() {}

    /**
     * Starts a plugin jar with version 1.0.0 requiring the current plugin API major version.
     *
     * @param directory where the jar is written
     * @param pluginId the plugin id
     * @return a builder
     */
    public static Builder builder(Path directory, String pluginId) {
        return new Builder(directory, pluginId);
    }

    /** Builder of a plugin jar. */
    public static final class Builder {
        private final Path directory;
        private final Map<String, String> manifest = new LinkedHashMap<>();
        private final Map<String, byte[]> entries = new LinkedHashMap<>();
        private final List<String> extensions = new ArrayList<>();
        private boolean writeManifest = true;
        private String fileName;

        private Builder(Path directory, String pluginId) {
            this.directory = directory;
            int major = Integer.parseInt(PluginApi.version().split("\\.")[0]);
            manifest.put("Plugin-Id", pluginId);
            manifest.put("Plugin-Version", "1.0.0");
            manifest.put("Plugin-Requires", ">=" + major + ".0.0 & <" + (major + 1) + ".0.0");
            manifest.put("Plugin-Provider", "Gridvault test kit");
            this.fileName = pluginId + ".jar";
        }

        /** Sets {@code Plugin-Version}. */
        public Builder version(String version) {
            return manifestAttribute("Plugin-Version", version);
        }

        /** Sets {@code Plugin-Requires}; {@code null} removes it. */
        public Builder requires(String range) {
            return manifestAttribute("Plugin-Requires", range);
        }

        /** Sets {@code Plugin-Class} and adds the class to the jar. */
        public Builder pluginClass(Class<?> pluginClass) {
            manifestAttribute("Plugin-Class", pluginClass.getName());
            return addClass(pluginClass);
        }

        /** Adds an extension class and lists it in {@code META-INF/extensions.idx}. */
        public Builder extension(Class<?> extensionClass) {
            extensions.add(extensionClass.getName());
            return addClass(extensionClass);
        }

        /** Adds a class and its nested classes without declaring anything about them. */
        public Builder addClass(Class<?> type) {
            String base = type.getName().replace('.', '/');
            entries.put(base + ".class", classBytes(type, base + ".class"));
            nestedClassFiles(type)
                    .forEach(file -> entries.put(
                            type.getPackageName().replace('.', '/') + "/" + file.getFileName(), readAll(file)));
            return this;
        }

        /** Adds an arbitrary entry, e.g. a resource or a forged class file. */
        public Builder entry(String name, byte[] content) {
            entries.put(name, content.clone());
            return this;
        }

        /** Sets (or with {@code null}, removes) any manifest attribute. */
        public Builder manifestAttribute(String name, String value) {
            if (value == null) {
                manifest.remove(name);
            } else {
                manifest.put(name, value);
            }
            return this;
        }

        /** Writes the jar without any manifest. */
        public Builder withoutManifest() {
            writeManifest = false;
            return this;
        }

        /** Sets the jar's file name (default: {@code <pluginId>.jar}). */
        public Builder fileName(String name) {
            this.fileName = name;
            return this;
        }

        /**
         * Writes the jar.
         *
         * @return its path
         */
        public Path build() {
            Path jar = directory.resolve(fileName);
            try {
                Files.createDirectories(directory);
                try (OutputStream out = Files.newOutputStream(jar);
                        JarOutputStream jarOut =
                                writeManifest ? new JarOutputStream(out, manifest()) : new JarOutputStream(out)) {
                    if (!extensions.isEmpty()) {
                        put(jarOut, "META-INF/extensions.idx", (String.join("\n", extensions) + "\n").getBytes());
                    }
                    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                        put(jarOut, e.getKey(), e.getValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return jar;
        }

        private Manifest manifest() {
            Manifest m = new Manifest();
            Attributes attributes = m.getMainAttributes();
            attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach((k, v) -> attributes.put(new Attributes.Name(k), v));
            return m;
        }

        private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
            jar.putNextEntry(new JarEntry(name));
            jar.write(content);
            jar.closeEntry();
        }

        private static byte[] classBytes(Class<?> type, String resource) {
            ClassLoader loader = type.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("Class file " + resource + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<Path> nestedClassFiles(Class<?> type) {
            URL url = type.getResource(type.getSimpleName() + ".class");
            if (url == null || !"file".equals(url.getProtocol())) {
                return List.of();
            }
            try (Stream<Path> siblings = Files.list(Path.of(url.toURI()).getParent())) {
                String prefix = type.getSimpleName() + "$";
                return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                        .toList();
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("Cannot list nested classes of " + type.getName(), e);
            }
        }

        private static byte[] readAll(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
