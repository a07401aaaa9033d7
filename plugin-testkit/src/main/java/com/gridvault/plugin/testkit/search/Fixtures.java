package com.gridvault.plugin.testkit.search;

import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;

/** Tenants, workspaces, 4-dimensional vectors and chunk builders shared by the contract checks. */
final class Fixtures {

    static final String ACME = "acme-bank";
    static final String GLOBEX = "globex-bank";
    static final String CREDIT = "credit";
    static final String TREASURY = "treasury";

    static final float[] EAST = {1, 0, 0, 0};
    static final float[] NORTH = {0, 1, 0, 0};
    static final float[] UP = {0, 0, 1, 0};
    static final float[] WEST_ISH = {-1, 0, 0, 0.1f};
    static final float[] NORTH_EAST = {0.7071f, 0.7071f, 0, 0};
    static final float[] MOSTLY_EAST = {0.9f, 0.3f, 0, 0};

    private Fixtures() {}

    static SearchChunk chunk(String chunkId, String documentId, String text, float[] vector) {
        return chunk(ACME, CREDIT, chunkId, documentId, text, vector, ChunkMetadata.EMPTY);
    }

    static SearchChunk chunk(
            String tenant,
            String workspace,
            String chunkId,
            String documentId,
            String text,
            float[] vector,
            ChunkMetadata metadata) {
        return new SearchChunk(tenant, workspace, documentId, chunkId, text, vector, metadata);
    }

    static SearchQuery.Builder query(String text) {
        return SearchQuery.builder(ACME, CREDIT).text(text).mode(SearchMode.TEXT);
    }

    static SearchQuery.Builder semantic(float[] vector) {
        return SearchQuery.builder(ACME, CREDIT).vector(vector).mode(SearchMode.SEMANTIC);
    }

    static SearchQuery.Builder hybrid(String text, float[] vector) {
        return SearchQuery.builder(ACME, CREDIT).text(text).vector(vector).mode(SearchMode.HYBRID);
    }
}
