package com.gridvault.search.lucene.bench;

import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.search.lucene.LuceneSettings;
import com.gridvault.search.lucene.LuceneSettings.VectorEncoding;
import java.util.Locale;

/** The backend settings of a bench run, from system properties; defaults are the backend's. */
final class BenchSettings {

    private BenchSettings() {}

    static LuceneSettings fromSystemProperties() {
        LuceneSettings d = LuceneSettings.DEFAULTS;
        return new LuceneSettings(
                "index",
                Integer.getInteger("bench.ramBufferMb", d.ramBufferMb()),
                SearchQuery.DEFAULT_RRF_K,
                Integer.getInteger("bench.candidates", d.knnCandidates()),
                Integer.getInteger("bench.m", d.hnswM()),
                Integer.getInteger("bench.beam", d.hnswBeamWidth()),
                VectorEncoding.valueOf(
                        System.getProperty("bench.encoding", d.vectorEncoding().name())
                                .toUpperCase(Locale.ROOT)),
                Integer.getInteger("bench.searchThreads", d.searchThreads()),
                // The bench compacts explicitly after the build, as the idle timer would.
                0);
    }

    /**
     * A folder name that changes with every setting that changes the index files, the vector model
     * included (no suffix for the isotropic model, whose folders were named before there were models).
     */
    static String indexName(int chunks, LuceneSettings s, VectorModel model) {
        return chunks + "-m" + s.hnswM() + "-b" + s.hnswBeamWidth() + "-"
                + s.vectorEncoding().value() + (Boolean.getBoolean("bench.noCompact") ? "-uncompacted" : "")
                + model.folderSuffix();
    }
}
