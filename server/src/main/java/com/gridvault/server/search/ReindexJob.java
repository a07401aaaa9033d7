package com.gridvault.server.search;

import com.gridvault.server.jobs.JobContext;
import com.gridvault.server.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rebuilds a workspace's search index from the stored chunks and vectors: after switching the
 * search backend, restoring a backup, or an index lost with its disk. Nothing is re-read or
 * re-embedded.
 */
@ApplicationScoped
public class ReindexJob implements JobHandler {

    /** The job kind. */
    public static final String KIND = "search.reindex";

    @Inject
    ChunkIndexer indexer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        context.progress("index", 1);
        indexer.rebuildWorkspace(context.job().orgId(), context.job().workspaceId(), done -> {
            context.checkCancelled();
        });
    }
}
