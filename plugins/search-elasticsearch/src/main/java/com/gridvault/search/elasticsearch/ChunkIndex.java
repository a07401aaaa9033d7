package com.gridvault.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
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
