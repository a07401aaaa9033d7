package com.gridvault.search.lucene;

import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.search.support.ChunkBatches;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One on-disk Lucene index with a near-real-time {@link SearcherManager}.
 *
 * <p>Searches run concurrently on acquired searchers. Writes are serialised by a lock, so that the
 * vector dimension check, delete counts and commits are exact; each write commits (the index is
 * rebuildable, but a restart should not lose acknowledged writes) and refreshes the searcher before it
 * returns, so callers read their own writes.
 */
final class LuceneIndex implements Closeable {

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ChunkSearcher chunkSearcher;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ExecutorService searchThreads;
    private final Compaction compaction;
    private volatile VectorField vectors = VectorField.NONE;

    private volatile boolean open = true;

    private LuceneIndex(Path path, LuceneSettings settings) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        this.analyzer = new EnglishAnalyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(settings.ramBufferMb())
                .setCodec(VectorCodec.of(settings))
                .setMergePolicy(new CompactingMergePolicy())
                .setMergeScheduler(mergeScheduler())
                // Every write commits; closing without a commit aborts a running compaction instead of waiting.
                .setCommitOnClose(false);
        this.searchThreads = settings.searchThreads() > 1 ? SearchThreads.pool(settings.searchThreads(), path) : null;
        IndexWriter w = null;
        try {
            w = new IndexWriter(directory, config);
            this.writer = w;
            this.searchers = new SearcherManager(writer, SearchThreads.searcherFactory(searchThreads));
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                w.close();
            }
            directory.close();
            if (searchThreads != null) {
                searchThreads.shutdown();
            }
            throw e;
        }
        this.compaction = new Compaction(settings.compactIdleSeconds(), path.toString(), this::compact);
        this.chunkSearcher =
                new ChunkSearcher(new QueryFactory(analyzer), new Snippets(analyzer), settings, searchThreads);
        readVectorField();
    }

    /**
     * Lucene's scheduler without its adaptive write throttle: merges here are bound by HNSW graph
     * building (CPU), and the throttle held a 500k-document merge of a 1M bulk load paused for most
     * of its first 16 minutes (ADR 0018), delaying the compaction that makes searches fast.
     */
    private static ConcurrentMergeScheduler mergeScheduler() {
        ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
        scheduler.disableAutoIOThrottle();
        return scheduler;
    }

    static LuceneIndex open(Path path, LuceneSettings settings) throws IOException {
        return new LuceneIndex(path, settings);
    }

    boolean isOpen() {
        return open;
    }

    Path path() {
        return path;
    }

    /** The fixed vector dimension, or 0 while the index has never seen a vector. */
    int dimension() {
        return vectors.dimension();
    }

    /** Checks the whole batch, then upserts it; nothing is written when any chunk is invalid. */
    void index(List<SearchChunk> chunks) throws IOException {
        writeLock.lock();
        try {
            if (chunks == null) {
                throw new InvalidInputException("chunks", "is required");
            }
            VectorField field = vectors;
            int batchDimension = ChunkBatches.validate(chunks, field.dimension());
            for (SearchChunk chunk : chunks) {
                writer.updateDocument(ChunkFields.keyTerm(chunk), ChunkFields.toDocument(chunk, field.similarity()));
            }
            publish();
            if (field.dimension() == 0 && batchDimension > 0) {
                vectors = new VectorField(batchDimension, field.similarity());
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Deletes what the query matches and returns how many chunks that was. */
    long delete(Query query) throws IOException {
        writeLock.lock();
        try {
            long count = count(query);
            if (count > 0) {
                writer.deleteDocuments(query);
                publish();
            }
            return count;
        } finally {
            writeLock.unlock();
        }
    }

    /** Deletes everything and forgets the vector dimension. */
    void clear() throws IOException {
        writeLock.lock();
        try {
            writer.deleteAll();
            publish();
            vectors = VectorField.NONE;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Merges the index down (see {@link CompactingMergePolicy}) and publishes the result. Writes and
     * searches go on meanwhile; runs by itself after {@code compact-idle-seconds} without writes.
     *
     * @return the number of segments searched from now on
     */
    int compact() throws IOException {
        if (segments() > 1) {
            writer.forceMerge(1, true);
            writeLock.lock();
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
            } finally {
                writeLock.unlock();
            }
        }
        return segments();
    }

    private int segments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    long count(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            searchers.release(searcher);
        }
    }

    List<SearchHit> search(SearchQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            VectorField field = vectors;
            return chunkSearcher.search(searcher, query, field.dimension() > 0 ? field.similarity() : null);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        compaction.close();
        writeLock.lock();
        open = false;
        try (directory;
                writer;
                searchers) {
            if (writer.isOpen()) {
                writer.commit();
            }
        } finally {
            writeLock.unlock();
            if (searchThreads != null) {
                searchThreads.shutdown();
            }
        }
    }

    /**
     * The vector field as fixed by the first vector ever indexed: its dimension (0 while there is
     * none) and how it compares vectors ({@link ChunkFields#SIMILARITY} for a new index). One value,
     * so a search never sees the dimension of one state and the similarity of another.
     */
    private record VectorField(int dimension, VectorSimilarityFunction similarity) {
        static final VectorField NONE = new VectorField(0, ChunkFields.SIMILARITY);
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        compaction.written();
    }

    private void readVectorField() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            FieldInfo info =
                    FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(ChunkFields.VECTOR);
            if (info != null && info.getVectorDimension() > 0) {
                vectors = new VectorField(info.getVectorDimension(), info.getVectorSimilarityFunction());
            }
        } finally {
            searchers.release(searcher);
        }
    }
}
