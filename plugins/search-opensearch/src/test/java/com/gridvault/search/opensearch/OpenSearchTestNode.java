package com.gridvault.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

/**
 * A real single-node OpenSearch cluster with the k-NN plugin, running in the test JVM on free ports
 * with its data in a given folder. Start takes about ten seconds, so tests share one per class.
 */
final class OpenSearchTestNode implements AutoCloseable {

    private final OpenSearchRunner runner;
    private final URI url;

    private OpenSearchTestNode(OpenSearchRunner runner, URI url) {
        this.runner = runner;
        this.url = url;
    }

    static OpenSearchTestNode start(Path dataDirectory) {
        int transportPort = freePort();
        int httpPort = freePort();
        OpenSearchRunner runner = new OpenSearchRunner();
        // The runner scans base+1..max for a free port; keep the range small around a free one.
        runner.setMaxHttpPort(httpPort + 50);
        runner.onBuild((number, settings) -> settings.put("transport.port", transportPort)
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false));
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(dataDirectory.toString())
                .clusterName("gridvault-test-" + transportPort)
                .numOfNode(1)
                .baseHttpPort(httpPort - 1)
                .disableESLogger()
                .pluginTypes("org.opensearch.knn.plugin.KNNPlugin"));
        runner.ensureYellow();
        int boundPort = runner.node()
                .injector()
                .getInstance(HttpServerTransport.class)
                .boundAddress()
                .publishAddress()
                .getPort();
        return new OpenSearchTestNode(runner, URI.create("http://127.0.0.1:" + boundPort));
    }

    URI url() {
        return url;
    }

    @Override
    public void close() {
        try {
            runner.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runner.clean();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
