package com.gridvault.server.it;

import com.gridvault.plugin.testkit.PluginJar;
import com.gridvault.server.fixtures.EchoInput;
import com.gridvault.server.fixtures.EchoModel;
import com.gridvault.server.fixtures.EchoOutput;
import com.gridvault.server.fixtures.EchoPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real plugin jars for the integration tests, built with the plugin test kit. */
final class PluginFixtures {

    private PluginFixtures() {}

    static PluginJar.Builder echo(String pluginId) {
        return PluginJar.builder(tempDir(), pluginId)
                .pluginClass(EchoPlugin.class)
                .extension(EchoModel.class)
                .addClass(EchoInput.class)
                .addClass(EchoOutput.class);
    }

    /** Installs the echo plugin (model test.echo) once for tests that only need a model to call. */
    static synchronized void ensureEchoPluginInstalled() {
        int status = Api.admin().get("/api/v1/admin/plugins/echo-shared").statusCode();
        if (status == 404) {
            Path jar = echo("echo-shared").build();
            Api.admin()
                    .contentType("application/octet-stream")
                    .body(jar.toFile())
                    .post("/api/v1/admin/plugins")
                    .then()
                    .statusCode(201);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("gridvault-it-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
