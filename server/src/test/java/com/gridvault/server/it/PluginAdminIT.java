package com.gridvault.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.gridvault.plugin.api.PluginContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plugin lifecycle over the admin API, without restarting the server. */
class PluginAdminIT {

    @Test
    void bundledModelPacksAreStarted() {
        Api.admin()
                .get("/api/v1/admin/plugins")
                .then()
                .statusCode(200)
                .body("find { it.id == 'models-valuation' }.status", equalTo("STARTED"))
                .body("find { it.id == 'models-derivatives' }.status", equalTo("STARTED"))
                .body("find { it.id == 'models-quant' }.status", equalTo("STARTED"))
                .body("find { it.id == 'models-valuation' }.extensions.extensionPoint", hasItem("FinancialModel"));
    }

    @Test
    void aBrokenPluginIsRejectedWithAReasonAndTheServerStaysReady() throws IOException {
        Path bundlesApi =
                PluginFixtures.echo("sneaky").addClass(PluginContext.class).build();
        Api.admin()
                .multiPart("file", bundlesApi.toFile(), "application/java-archive")
                .post("/api/v1/admin/plugins")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("'sneaky.jar' bundles its own copy of the Gridvault plugin API"));

        Path garbage = Files.writeString(Files.createTempFile("not-a-plugin", ".jar"), "definitely not a zip");
        Api.admin()
                .contentType("application/octet-stream")
                .body(garbage.toFile())
                .post("/api/v1/admin/plugins")
                .then()
                .statusCode(422)
                .body("detail", containsString("not a valid plugin archive"));

        Api.anonymous().get("/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Api.admin().get("/api/v1/admin/plugins").then().body("id", not(hasItem("sneaky")));
        try (Stream<Path> files = Files.list(Api.HOME.resolve("plugins"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("sneaky") || name.endsWith(".part"));
        }
    }

    @Test
    void installDisableEnableUninstallAtRunTime() {
        Path jar = PluginFixtures.echo("echo-lifecycle").version("2.1.0").build();
        Api.admin()
                .multiPart("file", jar.toFile(), "application/java-archive")
                .post("/api/v1/admin/plugins")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/plugins/echo-lifecycle"))
                .body("status", equalTo("STARTED"))
                .body("version", equalTo("2.1.0"))
                .body("extensions[0].extensionPoint", equalTo("FinancialModel"));

        Api.admin()
                .multiPart("file", jar.toFile())
                .post("/api/v1/admin/plugins")
                .then()
                .statusCode(409)
                .body("detail", containsString("already installed"));

        Api.admin()
                .post("/api/v1/admin/plugins/echo-lifecycle/disable")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISABLED"));
        Api.admin().get("/api/v1/admin/plugins/echo-lifecycle").then().body("status", equalTo("DISABLED"));
        Api.admin()
                .post("/api/v1/admin/plugins/echo-lifecycle/enable")
                .then()
                .statusCode(200)
                .body("status", equalTo("STARTED"));

        Api.admin().delete("/api/v1/admin/plugins/echo-lifecycle").then().statusCode(204);
        Api.admin()
                .get("/api/v1/admin/plugins/echo-lifecycle")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertThat(Api.HOME.resolve("plugins/echo-lifecycle-2.1.0.jar")).doesNotExist();
    }

    @Test
    void aThrowingExtensionIsReportedAsAPluginFailureNamingThePlugin() {
        PluginFixtures.ensureEchoPluginInstalled();
        Api.admin()
                .contentType("application/json")
                .body("{\"amount\": 2, \"label\": \"explode\"}")
                .post("/api/v1/models/test.echo/evaluate")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("Plugin 'echo-"))
                .body("detail", containsString("internal table missing"));
        Api.admin()
                .contentType("application/json")
                .body("{\"amount\": 2, \"label\": \"ok\"}")
                .post("/api/v1/models/test.echo/evaluate")
                .then()
                .statusCode(200)
                .body("output.doubled", equalTo(4.0f))
                .body("pluginId", containsString("echo-"));
    }

    @Test
    void secretsAreStoredEncryptedAndReachThePluginButNeverTheApi() {
        PluginFixtures.ensureEchoPluginInstalled();
        Api.admin()
                .contentType("application/json")
                .body(java.util.Map.of("value", "s3cr3t-token"))
                .put("/api/v1/admin/plugins/echo-shared/secrets/token")
                .then()
                .statusCode(204);
        Api.admin()
                .get("/api/v1/admin/plugins/echo-shared/secrets")
                .then()
                .statusCode(200)
                .body("$", hasItem("token"))
                .body(not(containsString("s3cr3t")));
        Api.admin()
                .contentType("application/json")
                .body("{\"amount\": 1, \"label\": \"show-secret\"}")
                .post("/api/v1/models/test.echo/evaluate")
                .then()
                .statusCode(200)
                .body("output.label", equalTo("s3cr3t-token"));
        Api.admin()
                .contentType("application/json")
                .body(java.util.Map.of("value", ""))
                .put("/api/v1/admin/plugins/echo-shared/secrets/token")
                .then()
                .statusCode(400);
        Api.anonymous()
                .contentType("application/json")
                .body(java.util.Map.of("value", "x"))
                .put("/api/v1/admin/plugins/echo-shared/secrets/token")
                .then()
                .statusCode(401);
    }

    @Test
    void lifecycleEndpointsNeedAuthentication() {
        Api.anonymous().get("/api/v1/admin/plugins").then().statusCode(401);
        Api.anonymous()
                .post("/api/v1/admin/plugins/models-quant/disable")
                .then()
                .statusCode(401);
        Api.anonymous().delete("/api/v1/admin/plugins/models-quant").then().statusCode(401);
        Api.admin().get("/api/v1/admin/plugins/models-quant").then().body("status", equalTo("STARTED"));
    }
}
