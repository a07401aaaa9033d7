package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.gridvault.plugin.api.search.SearchBackendException;
import java.io.IOException;

/**
 * Runs cluster calls and turns their failures into {@link SearchBackendException}s that say what
 * failed, where, and why: an unreachable or silent cluster (with the timeouts that ended the wait),
 * or Elasticsearch's own error type and reason. Stateless apart from the settings it names.
 */
final class ClusterCalls {

    /** One or more requests to the cluster. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private final ElasticsearchSettings settings;

    ClusterCalls(ElasticsearchSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs a call.
     *
     * @param action what the call does, for the message ("count chunks")
     * @param call the call
     * @return its result
     * @throws SearchBackendException when the cluster cannot be reached, does not answer in time or
     *     refuses the request
     */
    <T> T run(String action, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchBackendException(
                    "Elasticsearch at " + settings.serverUrls() + " is unreachable or did not answer in time"
                            + " (connect " + settings.connectTimeout().toMillis() + " ms, request "
                            + settings.requestTimeout().toMillis() + " ms), could not " + action + " on index "
                            + settings.indexName() + ": " + describe(e),
                    e);
        } catch (ElasticsearchException e) {
            throw new SearchBackendException(
                    "Elasticsearch index " + settings.indexName() + " could not " + action + ": HTTP " + e.status()
                            + " " + e.error().type() + ": " + e.error().reason(),
                    e);
        }
    }

    /** The message and, when wrapped, the root cause ("Connection refused", "Read timed out"). */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e
                ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
