package com.gridvault.search.opensearch;

import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.testkit.search.SearchBackendContract;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The search backend contract against a real OpenSearch node, each check on its own index. */
class OpenSearchSearchBackendContractTest extends SearchBackendContract {

    @TempDir
    static Path dir;

    private static OpenSearchTestNode node;
    private static final AtomicInteger INDEXES = new AtomicInteger();

    @BeforeAll
    static void startNode() {
        node = OpenSearchTestNode.start(dir);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Override
    protected SearchBackend newBackend() {
        return new OpenSearchSearchBackend(
                OpenSearchSettings.of(node.url(), "contract-" + INDEXES.incrementAndGet() + "-"));
    }

    /** Drops the check's index so the node stays small, then closes the connection pool. */
    @Override
    protected void dispose(SearchBackend backend) {
        try {
            backend.clear();
        } finally {
            ((OpenSearchSearchBackend) backend).close();
        }
    }

    @TestFactory
    Stream<DynamicTest> contract() {
        return checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), c::run));
    }
}
