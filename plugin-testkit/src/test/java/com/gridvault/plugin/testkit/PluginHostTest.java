package com.gridvault.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.host.plugins.PluginConflictException;
import com.gridvault.host.plugins.PluginExtensionException;
import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginRejectedException;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.host.plugins.UnknownPluginException;
import com.gridvault.plugin.api.PluginContext;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.plugin.testkit.fixtures.BrokenGreeter;
import com.gridvault.plugin.testkit.fixtures.ExplodingPlugin;
import com.gridvault.plugin.testkit.fixtures.Greeter;
import com.gridvault.plugin.testkit.fixtures.HelloGreeter;
import com.gridvault.plugin.testkit.fixtures.HelloPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {

    @TempDir
    Path jars;

    private PluginTestHarness harness;

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private PluginJar.Builder hello() {
        return PluginJar.builder(jars, "hello").pluginClass(HelloPlugin.class).extension(HelloGreeter.class);
    }

    @Test
    void loadsAPluginAndHandsItsContextToTheExtension() throws Exception {
        harness = PluginTestHarness.create().copyIn(hello().build());
        harness.context("hello").config("greeting", "Bonjour").secret("signature", "!");
        harness.start();

        PluginInfo info = harness.plugin("hello");
        assertThat(info.status()).isEqualTo(PluginStatus.STARTED);
        assertThat(info.failureReason()).isNull();
        assertThat(info.extensions()).singleElement().satisfies(e -> {
            assertThat(e.extensionPoint()).isEqualTo("Greeter");
            assertThat(e.className()).isEqualTo(HelloGreeter.class.getName());
        });

        Greeter greeter = harness.extensions(Greeter.class).get(0);
        assertThat(greeter.greet("Ada")).isEqualTo("Bonjour, Ada!");
        assertThat(harness.context("hello").publishedEvents())
                .containsExactly(
                        new TestPluginContext.PublishedEvent("greeter.greeted", java.util.Map.of("name", "Ada")));
        PluginContext context = harness.context("hello");
        assertThat(Files.readString(context.dataDirectory().resolve("last-greeted.txt")))
                .isEqualTo("Ada");
    }

    @Test
    void extensionFailuresNameThePluginButApiExceptionsPassThrough() {
        harness = PluginTestHarness.create().copyIn(hello().build()).start();
        Greeter greeter = harness.extensions(Greeter.class).get(0);

        assertThatThrownBy(() -> greeter.greet("crash"))
                .isInstanceOfSatisfying(PluginExtensionException.class, e -> assertThat(e.pluginId())
                        .isEqualTo("hello"))
                .hasMessage("Plugin 'hello' failed in Greeter.greet: IllegalStateException: greeting table corrupted");
        assertThatThrownBy(() -> greeter.greet(" ")).isInstanceOf(InvalidInputException.class);

        PluginInfo info = harness.plugin("hello");
        assertThat(info.status())
                .as("one failed call does not disable the plugin")
                .isEqualTo(PluginStatus.STARTED);
        assertThat(info.failureReason()).contains("greeting table corrupted");
    }

    @Test
    void aPluginWhoseStartThrowsIsFailedAndTheOthersRun() {
        Path exploding = PluginJar.builder(jars, "exploding")
                .pluginClass(ExplodingPlugin.class)
                .build();
        harness = PluginTestHarness.create()
                .copyIn(exploding)
                .copyIn(hello().build())
                .start();

        assertThat(harness.plugin("exploding").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(harness.plugin("exploding").failureReason()).contains("license server unreachable");
        assertThat(harness.plugin("hello").status()).isEqualTo(PluginStatus.STARTED);
        assertThat(harness.extensions(Greeter.class)).hasSize(1);
    }

    @Test
    void anExtensionThatCannotBeCreatedFailsItsPlugin() {
        Path broken = PluginJar.builder(jars, "broken")
                .pluginClass(HelloPlugin.class)
                .extension(BrokenGreeter.class)
                .build();
        harness = PluginTestHarness.create().copyIn(broken).start();

        PluginInfo info = harness.plugin("broken");
        assertThat(info.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(info.failureReason()).contains("BrokenGreeter").contains("missing model file weights.onnx");
        assertThat(harness.extensions(Greeter.class)).isEmpty();
    }

    @Test
    void archivesThatWouldMisbehaveAreRejectedAtBootWithAReason() throws Exception {
        Path bundlesApi = hello().fileName("bundles-api.jar")
                .manifestAttribute("Plugin-Id", "bundles-api")
                .addClass(PluginContext.class)
                .build();
        Path bundlesPf4j = PluginJar.builder(jars, "bundles-pf4j")
                .pluginClass(HelloPlugin.class)
                .addClass(org.pf4j.Plugin.class)
                .build();
        Path notAZip = Files.writeString(jars.resolve("notes.jar"), "this is not a jar");
        Path noManifest = PluginJar.builder(jars, "anonymous")
                .addClass(HelloPlugin.class)
                .withoutManifest()
                .build();
        Path tooNew = PluginJar.builder(jars, "too-new")
                .pluginClass(HelloPlugin.class)
                .requires(">=2.0.0")
                .build();
        harness = PluginTestHarness.create();
        for (Path p : new Path[] {bundlesApi, bundlesPf4j, notAZip, noManifest, tooNew, hello().build()}) {
            harness.copyIn(p);
        }
        harness.start();

        assertThat(harness.plugins())
                .filteredOn(p -> p.status() == PluginStatus.FAILED)
                .extracting(PluginInfo::id, PluginInfo::failureReason)
                .satisfiesExactlyInAnyOrder(
                        t -> assertThat(t.toList().get(1).toString())
                                .contains("bundles its own copy of the Gridvault plugin API"),
                        t -> assertThat(t.toList().get(1).toString()).contains("bundles its own copy of PF4J"),
                        t -> assertThat(t.toList().get(1).toString()).contains("not a valid plugin archive"),
                        t -> assertThat(t.toList().get(1).toString()).contains("has no plugin descriptor"),
                        t -> assertThat(t.toList().get(1).toString()).contains("requires plugin API '>=2.0.0'"));
        assertThat(harness.plugin("hello").status()).isEqualTo(PluginStatus.STARTED);
    }

    @Test
    void installEnableDisableUninstallWithoutRestart() {
        harness = PluginTestHarness.create().start();
        assertThat(harness.plugins()).isEmpty();

        PluginInfo installed = harness.host().install(hello().version("1.2.0").build());
        assertThat(installed.status()).isEqualTo(PluginStatus.STARTED);
        assertThat(installed.archive()).isEqualTo("hello-1.2.0.jar");
        assertThat(harness.extensions(Greeter.class)).hasSize(1);

        assertThat(harness.host().disable("hello").status()).isEqualTo(PluginStatus.DISABLED);
        assertThat(harness.extensions(Greeter.class)).isEmpty();
        assertThat(harness.host().enable("hello").status()).isEqualTo(PluginStatus.STARTED);
        assertThat(harness.extensions(Greeter.class).get(0).greet("Bo")).isEqualTo("Hello, Bo");

        assertThatThrownBy(() -> harness.host().install(hello().build()))
                .isInstanceOf(PluginConflictException.class)
                .hasMessageContaining("already installed");

        harness.host().uninstall("hello");
        assertThat(harness.plugins()).isEmpty();
        assertThat(harness.pluginsDirectory().resolve("hello-1.2.0.jar")).doesNotExist();
        assertThatThrownBy(() -> harness.host().plugin("hello")).isInstanceOf(UnknownPluginException.class);
    }

    @Test
    void aRejectedInstallLeavesNothingBehind() throws Exception {
        harness = PluginTestHarness.create().start();

        assertThatThrownBy(() -> harness.host()
                        .install(PluginJar.builder(jars, "exploding")
                                .pluginClass(ExplodingPlugin.class)
                                .build()))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("could not start")
                .hasMessageContaining("license server unreachable");
        assertThatThrownBy(() -> harness.host()
                        .install(PluginJar.builder(jars, "broken")
                                .pluginClass(HelloPlugin.class)
                                .extension(BrokenGreeter.class)
                                .build()))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("missing model file weights.onnx");
        assertThatThrownBy(() -> harness.host()
                        .install(PluginJar.builder(jars, "sloppy")
                                .pluginClass(HelloPlugin.class)
                                .requires(null)
                                .build()))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("declares no Plugin-Requires");
        assertThatThrownBy(() -> harness.host()
                        .install(PluginJar.builder(jars, "Bad Id")
                                .pluginClass(HelloPlugin.class)
                                .build()))
                .hasMessageContaining("has Plugin-Id 'Bad Id'");
        assertThatThrownBy(() -> harness.host()
                        .install(PluginJar.builder(jars, "ghost")
                                .manifestAttribute("Plugin-Class", "com.example.Missing")
                                .build()))
                .hasMessageContaining("does not contain that class");

        assertThat(harness.plugins()).isEmpty();
        try (var files = Files.list(harness.pluginsDirectory())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void zipBombsAndPathTraversalAreRefused() {
        harness = PluginTestHarness.create().start();
        Path traversal = hello().fileName("evil.jar")
                .entry("../../etc/cron.d/evil", new byte[] {1})
                .build();
        assertThatThrownBy(() -> harness.host().install(traversal)).hasMessageContaining("unsafe path");

        PluginJar.Builder many = hello().fileName("many.jar");
        for (int i = 0; i < 20_001; i++) {
            many.entry("data/" + i, new byte[0]);
        }
        assertThatThrownBy(() -> harness.host().install(many.build())).hasMessageContaining("more than 20000 entries");
    }
}
