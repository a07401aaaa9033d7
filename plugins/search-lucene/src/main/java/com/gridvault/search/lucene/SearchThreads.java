package com.gridvault.search.lucene;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * The threads one index lends its searches: the vector leg of a hybrid search runs beside the text
 * leg, and Lucene searches segments in parallel. Callers always help with their own work (Lucene's
 * TaskExecutor runs tasks nobody has picked up yet on the calling thread), so a busy pool slows a
 * search down but never blocks it.
 */
final class SearchThreads {

    private SearchThreads() {}

    static ExecutorService pool(int threads, Path index) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "lucene-search-" + n.incrementAndGet() + " " + index.getFileName());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Searchers that use the pool, or plain ones without it. */
    static SearcherFactory searcherFactory(ExecutorService pool) {
        if (pool == null) {
            return null;
        }
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, pool);
            }
        };
    }
}
