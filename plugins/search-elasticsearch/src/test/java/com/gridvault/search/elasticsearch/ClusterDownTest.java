package com.gridvault.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.gridvault.plugin.api.search.SearchBackendException;
import com.gridvault.plugin.api.search.SearchQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster that is down or stalled fails each call with a clear {@link SearchBackendException}, fast. */
class ClusterDownTest {

    @Test
    void aRefusedConnectionNamesTheClusterAndTheAction() throws IOException {
        URI url;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            url = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (ElasticsearchSearchBackend backend = new ElasticsearchSearchBackend(settings(url, 2_000))) {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertThatThrownBy(() -> backend.count("acme", "credit"))
                            .isInstanceOf(SearchBackendException.class)
                            .hasMessageContaining("Elasticsearch at [" + url + "] is unreachable")
                            .hasMessageContaining("could not count chunks")
                            .hasMessageContaining("down-chunks")
                            .hasMessageContaining("Connection refused"));
        }
    }

    @Test
    void aClusterThatAcceptsButNeverAnswersTimesOut() throws IOException {
        // The socket's backlog completes the TCP handshake, but nothing ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            try (ElasticsearchSearchBackend backend = new ElasticsearchSearchBackend(settings(url, 300))) {
                long started = System.nanoTime();
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                                () -> backend.search(SearchQuery.builder("acme", "credit")
                                        .text("revenue")
                                        .build()))
                        .isInstanceOf(SearchBackendException.class)
                        .hasMessageContaining("did not answer in time")
                        .hasMessageContaining("request 300 ms")
                        .hasMessageContaining("could not search"));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }

    private static ElasticsearchSettings settings(URI url, long requestMillis) {
        return new ElasticsearchSettings(
                List.of(url),
                null,
                null,
                null,
                "down-",
                null,
                Duration.ofSeconds(2),
                Duration.ofMillis(requestMillis),
                60,
                100,
                1,
                0);
    }
}
