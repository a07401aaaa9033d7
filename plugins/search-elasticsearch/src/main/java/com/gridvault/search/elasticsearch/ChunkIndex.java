package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Conflicts;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.transport.TransportException;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.search.support.ChunkFieldNames;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The chunk index as a cluster object: whether it exists, its vector dimension, its creation, the
 * vector field and its deletion. The dimension is read from the mapping, so it survives restarts and
 * is shared by every appliance on the cluster; a known dimension is cached. Callers serialise writes.
 */
final class ChunkIndex {

    private static final System.Logger LOG = System.getLogger(ChunkIndex.class.getName());

    /** Dimension value of a missing index. */
    static final int MISSING = -1;

    private final Supplier<ElasticsearchClient> api;
    private final ElasticsearchSettings settings;
    private final String name;

    /** -1 unknown or missing, 0 no vectors yet, else fixed. */
    private volatile int dimension = MISSING;

    ChunkIndex(Supplier<ElasticsearchClient> api, ElasticsearchSettings settings) {
        this.api = api;
        this.settings = settings;
        this.name = settings.indexName();
    }

    String name() {
        return name;
    }

    /** The cached dimension when known, else {@link #readDimension()}. */
    int dimension() throws IOException {
        int known = dimension;
        return known > 0 ? known : readDimension();
    }

    /**
     * Reads the dimension from the cluster.
     *
     * @return {@link #MISSING} when the index does not exist, 0 when it has no vector field yet, else
     *     the dimension
     */
    int readDimension() throws IOException {
        IndexMappingRecord mapping;
        try {
            mapping = api.get().indices().getMapping(g -> g.index(name)).get(name);
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
            mapping = null;
        }
        int read = MISSING;
        if (mapping != null) {
            searchSectionTitles(mapping);
            Property vector = mapping.mappings().properties().get(ChunkFieldNames.VECTOR);
            read = vector != null
                            && vector.isDenseVector()
                            && vector.denseVector().dims() != null
                    ? vector.denseVector().dims()
                    : 0;
        }
        dimension = read;
        return read;
    }

    /**
     * Gives an index created before section titles were searched the title's {@link
     * ChunkFieldNames#WORDS} sub-field, then has the cluster re-index its documents in place in the
     * background (an update by query re-reads each stored source), so that older chunks match by title
     * too; until that task ends, or on a cluster without the reindex module until they are indexed
     * again, they match by their text alone. Idempotent, and cheap once done: the mapping is read
     * anyway.
     */
    private void searchSectionTitles(IndexMappingRecord mapping) throws IOException {
        Property title = mapping.mappings().properties().get(ChunkFieldNames.SECTION_TITLE);
        if (title != null && title.isKeyword() && title.keyword().fields().containsKey(ChunkFieldNames.WORDS)) {
            return;
        }
        api.get().indices().putMapping(p -> p.index(name)
                .properties(ChunkFieldNames.SECTION_TITLE, ChunkDocuments.sectionTitleProperty()));
        try {
            api.get().updateByQuery(u -> u.index(name)
                    .conflicts(Conflicts.Proceed)
                    .refresh(true)
                    .waitForCompletion(false));
        } catch (ElasticsearchException | TransportException e) {
            // A cluster without the reindex module: chunks gain their titles when re-indexed (ReindexJob).
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Index " + name + " searches the section titles of chunks indexed from now on; re-index the"
                            + " older ones (update by query failed: " + e.getMessage() + ")");
        }
    }

    /** Creates the index with its strict mapping; another appliance creating it first is fine. */
    void createIfMissing() throws IOException {
        if (dimension() != MISSING) {
            return;
        }
        try {
            api.get().indices().create(c -> c.index(name)
                    .settings(s -> s.numberOfShards(String.valueOf(settings.shards()))
                            .numberOfReplicas(String.valueOf(settings.replicas())))
                    .mappings(ChunkDocuments.mapping()));
            dimension = 0;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            readDimension();
        }
    }

    /**
     * Adds the vector field, fixing the dimension.
     *
     * @throws InvalidInputException when another appliance fixed a different dimension first
     */
    void addVectorField(int newDimension) throws IOException {
        try {
            api.get().indices().putMapping(p -> p.index(name)
                    .properties(ChunkFieldNames.VECTOR, ChunkDocuments.vectorProperty(newDimension)));
        } catch (ElasticsearchException e) {
            if (e.status() != 400) {
                throw e;
            }
            throw new InvalidInputException(
                    "chunks[0].vector",
                    "must have " + readDimension() + " dimensions like the index, had " + newDimension);
        }
        dimension = newDimension;
    }

    /** Deletes the index, and with it the dimension; a missing index is fine. */
    void delete() throws IOException {
        try {
            api.get().indices().delete(d -> d.index(name));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        dimension = MISSING;
    }
}
