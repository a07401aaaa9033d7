package com.gridvault.appliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacks the appliance tarball and operates it with bin/gridvault, as an administrator would. */
class ApplianceIT {

    private static final Path TARBALL = Path.of(System.getProperty("gridvault.appliance.tarball"));
    private static final String VERSION = System.getProperty("gridvault.appliance.version");

    @TempDir
    Path installRoot;

    @Test
    void startsOnEmbeddedDefaultsServesAndStops() throws Exception {
        Appliance appliance = unpack();
        try (var state = Files.list(appliance.home.resolve("data"))) {
            assertThat(state)
                    .as("a fresh appliance carries no database, keys or passwords")
                    .isEmpty();
        }
        Result start = appliance.run("start");
        assertThat(start.exitCode()).as(start.output()).isZero();
        try {
            assertThat(start.output())
                    .contains("http://localhost:" + appliance.port + "/")
                    .contains(appliance
                            .home
                            .resolve("data/initial-admin-password")
                            .toString());

            given().baseUri(appliance.url())
                    .get("/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'database' }.data.mode", equalTo("evaluation"));

            Path passwordFile = appliance.home.resolve("data/initial-admin-password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            String password = Files.readString(passwordFile).trim();

            given().baseUri(appliance.url())
                    .auth()
                    .preemptive()
                    .basic("admin", password)
                    .get("/api/v1/admin/plugins")
                    .then()
                    .statusCode(200)
                    .body(
                            "id",
                            hasItems(
                                    "models-derivatives",
                                    "models-quant",
                                    "models-valuation",
                                    "search-lucene",
                                    "ai-openai",
                                    "ai-anthropic",
                                    "embeddings-onnx"))
                    .body("status", everyItem(equalTo("STARTED")));

            given().baseUri(appliance.url())
                    .auth()
                    .preemptive()
                    .basic("admin", password)
                    .contentType("application/octet-stream")
                    .body("not a plugin".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/admin/plugins")
                    .then()
                    .statusCode(422)
                    .body("detail", containsString("not a valid plugin archive"));
            given().baseUri(appliance.url()).get("/health/ready").then().statusCode(200);

            assertThat(appliance.run("status").output()).contains("running and ready");
            assertThat(Files.exists(appliance.home.resolve("data/gridvault.pid")))
                    .isTrue();
        } finally {
            assertThat(appliance.run("stop").exitCode()).isZero();
        }
        Result status = appliance.run("status");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.output()).contains("not running");
        assertThat(appliance.home.resolve("logs/messages.log")).content().contains("EVALUATION MODE");
    }

    @Test
    void postgresqlIsSelectedByConfigurationAlone() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Appliance appliance = unpack();
            Files.writeString(
                    appliance.home.resolve("config/gridvault.env"),
                    String.join(
                            "\n",
                            "GRIDVAULT_DB_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                            "GRIDVAULT_DB_USER=postgres",
                            "GRIDVAULT_DB_PASSWORD=unused",
                            "GRIDVAULT_LOG_FORMAT=json"),
                    StandardCharsets.UTF_8);
            Result start = appliance.run("start");
            assertThat(start.exitCode()).as(start.output()).isZero();
            try {
                given().baseUri(appliance.url())
                        .get("/health/ready")
                        .then()
                        .statusCode(200)
                        .body("checks.find { it.name == 'database' }.data.vendor", equalTo("POSTGRESQL"))
                        .body("checks.find { it.name == 'database' }.data.mode", equalTo("production"));
            } finally {
                appliance.run("stop");
            }
            assertThat(appliance.home.resolve("data/db")).doesNotExist();

            // GRIDVAULT_LOG_FORMAT=json: the console log carries one JSON object per message line.
            List<String> messages = Files.readAllLines(appliance.home.resolve("logs/console.log")).stream()
                    .filter(line -> line.contains("liberty_message"))
                    .toList();
            assertThat(messages).isNotEmpty();
            assertThat(messages)
                    .allSatisfy(line ->
                            assertThat(JsonPath.from(line).getString("message")).isNotBlank());
            assertThat(messages)
                    .anySatisfy(line ->
                            assertThat(JsonPath.from(line).getString("message")).contains("Gridvault started"));
        }
    }

    @Test
    void aBadSettingStopsTheStartAndNamesTheKey() throws Exception {
        Appliance appliance = unpack();
        Result start = appliance.run(Map.of("GRIDVAULT_HTTP_MAX_BODY_BYTES", "lots"), "start");
        assertThat(start.exitCode()).isNotZero();
        assertThat(start.output() + Files.readString(appliance.home.resolve("logs/messages.log")))
                .contains("gridvault.http.max-body-bytes")
                .contains("GRIDVAULT_HTTP_MAX_BODY_BYTES");
        assertThat(appliance.run("status").exitCode()).isEqualTo(1);
    }

    private Appliance unpack() throws Exception {
        Path target = Files.createTempDirectory(installRoot, "install");
        Process tar = new ProcessBuilder("tar", "-xzf", TARBALL.toString(), "-C", target.toString())
                .inheritIO()
                .start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).isZero();
        return new Appliance(target.resolve("gridvault-" + VERSION), freePort(), freePort());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Result(int exitCode, String output) {}

    record Appliance(Path home, int port, int tlsPort) {

        String url() {
            return "http://localhost:" + port;
        }

        Result run(String command) throws Exception {
            return run(Map.of(), command);
        }

        Result run(Map<String, String> extraEnvironment, String command) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(
                            List.of(home.resolve("bin/gridvault").toString(), command))
                    .redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("GRIDVAULT_"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("GRIDVAULT_HTTP_PORT", String.valueOf(port));
            env.put("GRIDVAULT_HTTPS_PORT", String.valueOf(tlsPort));
            env.put("GRIDVAULT_START_TIMEOUT", "150");
            env.putAll(extraEnvironment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(3, TimeUnit.MINUTES))
                    .as("bin/gridvault " + command + " finished")
                    .isTrue();
            return new Result(process.exitValue(), output);
        }
    }
}
