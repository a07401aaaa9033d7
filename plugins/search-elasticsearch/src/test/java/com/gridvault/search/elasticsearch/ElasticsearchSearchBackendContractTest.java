package com.gridvault.search.elasticsearch;

import com.gridvault.plugin.api.search.SearchBackend;
import com.gridvault.plugin.testkit.search.SearchBackendContract;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The search backend contract against a real Elasticsearch node, each check on its own index. */
class ElasticsearchSearchBackendContractTest extends SearchBackendContract {

    private static final AtomicInteger INDEXES = new AtomicInteger();

    @Override
    protected SearchBackend newBackend() {
        return new ElasticsearchSearchBackend(ElasticsearchSettings.of(
                ElasticsearchTestNode.get().url(), "contract-" + INDEXES.incrementAndGet() + "-"));
    }

    /** Drops the check's index so the node stays small, then closes the connection pool. */
    @Override
    protected void dispose(SearchBackend backend) {
        try {
            backend.clear();
        } finally {
            ((ElasticsearchSearchBackend) backend).close();
        }
    }

    @TestFactory
    Stream<DynamicTest> contract() {
        return checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), c::run));
    }
}
