package com.gridvault.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.MockNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A real single-node Elasticsearch 8.15 cluster inside the test JVM, with the netty4 HTTP transport on
 * a free port of 127.0.0.1. There is no x-pack, so no security, and no TLS. It starts once per JVM,
 * on first use, and stops when the JVM exits, so every test class shares it; tests keep apart by index
 * name.
 */
final class ElasticsearchTestNode {

    private static ElasticsearchTestNode shared;

    private final Node node;
    private final Path home;
    private final URI url;

    private ElasticsearchTestNode(Node node, Path home, URI url) {
        this.node = node;
        this.home = home;
        this.url = url;
    }

    /** The node of this JVM, started on the first call. */
    static synchronized ElasticsearchTestNode get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "elasticsearch-test-node-stop"));
        }
        return shared;
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:39201}. */
    URI url() {
        return url;
    }

    private static ElasticsearchTestNode start() {
        try {
            Path home = Files.createTempDirectory("gridvault-es-");
            LogConfigurator.loadLog4jPlugins();
            // The node's own log at WARN: its INFO start-up chatter would bury the test output.
            LogConfigurator.configureWithoutConfig(
                    Settings.builder().put("logger.level", "WARN").build());
            Settings settings = Settings.builder()
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("cluster.name", "gridvault-test")
                    .put("node.name", "gridvault-test-node")
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", 0)
                    .put("transport.port", 0)
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            Node node = newNode(settings, List.of(Netty4Plugin.class, EnglishAnalysisPlugin.class));
            node.start();
            int port = node.injector()
                    .getInstance(HttpServerTransport.class)
                    .boundAddress()
                    .publishAddress()
                    .getPort();
            return new ElasticsearchTestNode(node, home, URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException("The Elasticsearch test node did not start", e);
        }
    }

    /**
     * A node that loads the given plugin classes from the class path. MockNode's public constructors
     * ask ESTestCase for a port range, and ESTestCase's static set-up refuses to run as root (as this
     * appliance's CI does) and installs a security manager; the constructor that takes a prepared
     * environment does neither, so it is called directly.
     */
    private static Node newNode(Settings settings, List<Class<? extends Plugin>> plugins) {
        Environment environment =
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "gridvault-test-node");
        try {
            Constructor<MockNode> constructor =
                    MockNode.class.getDeclaredConstructor(Environment.class, Collection.class, boolean.class);
            constructor.setAccessible(true);
            return constructor.newInstance(environment, plugins, false);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The Elasticsearch test node could not be built", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "MockNode(Environment, Collection, boolean) is gone from the test framework", e);
        }
    }

    private void stop() {
        try {
            node.close();
        } catch (IOException e) {
            // The JVM is exiting; the data folder is removed below either way.
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: it is a temporary folder.
        }
    }
}
