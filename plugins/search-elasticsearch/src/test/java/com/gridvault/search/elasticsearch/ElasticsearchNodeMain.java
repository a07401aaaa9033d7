package com.gridvault.search.elasticsearch;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the tests' single-node Elasticsearch cluster ({@link ElasticsearchTestNode}) as a process of
 * its own, for checks that need a real cluster outside a test JVM, such as
 * {@code bench/filings-on-elasticsearch.sh}. It prints one line, {@code ELASTICSEARCH_URL=http://...},
 * once the node answers on its free port, then blocks until the process is stopped; stopping it
 * (SIGTERM) closes the node and removes its data folder.
 */
public final class ElasticsearchNodeMain {

    private ElasticsearchNodeMain() {}

    /**
     * Starts the node and waits forever.
     *
     * @param args none
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        ElasticsearchTestNode node = ElasticsearchTestNode.get();
        System.out.println("ELASTICSEARCH_URL=" + node.url());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
