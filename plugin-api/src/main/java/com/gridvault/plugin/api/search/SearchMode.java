package com.gridvault.plugin.api.search;

/** How a {@link SearchQuery} ranks chunks. */
public enum SearchMode {
    /** Lexical ranking (BM25) of {@link SearchQuery#text()}; needs non-blank text. */
    TEXT,
    /** Nearest neighbours of {@link SearchQuery#vector()} by cosine similarity; needs a vector. */
    SEMANTIC,
    /**
     * Both rankings fused by reciprocal rank fusion; needs text and a vector.
     *
     * <p>A chunk's fused score is {@code sum over the two rankings of 1 / (rrfK + rank)}, with ranks
     * starting at 1 and a chunk missing from a ranking contributing nothing there. {@code rrfK} is
     * {@link SearchQuery#DEFAULT_RRF_K} (60, as in Cormack et al., SIGIR 2009) unless the backend is
     * configured otherwise. Each ranking is computed to a depth of at least {@code k}.
     */
    HYBRID
}
