package com.gridvault.search.elasticsearch;

import com.gridvault.documents.ingest.chunking.Chunk;
import com.gridvault.documents.ingest.chunking.Chunker;
import com.gridvault.documents.ingest.chunking.ChunkingOptions;
import com.gridvault.documents.ingest.extract.DocumentExtractor;
import com.gridvault.documents.ingest.extract.ExtractionResult;
import com.gridvault.documents.ingest.text.StructuredText;
import com.gridvault.plugin.api.embedding.EmbeddingProvider;
import com.gridvault.plugin.api.embedding.EmbeddingPurpose;
import com.gridvault.plugin.api.search.ChunkMetadata;
import com.gridvault.plugin.api.search.SearchChunk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One filing read the way the server's ingestion job reads it: extracted by the documents-ingest
 * library (Tika and the EDGAR item splitter), chunked with the appliance's default size and overlap,
 * and turned into search chunks with the citation metadata the server's indexer sends.
 *
 * @param filing the test filing
 * @param result what extraction produced
 * @param chunks the chunks, in document order
 */
record IngestedFiling(SecFilings filing, ExtractionResult result, List<Chunk> chunks) {

    /** {@code gridvault.documents.chunk-chars} and {@code chunk-overlap-chars} defaults of the server. */
    static final ChunkingOptions SERVER_CHUNKING = ChunkingOptions.ofChars(1_600, 200);

    /** Chunks per embedding call, the server's {@code gridvault.documents.embed-batch-size} default. */
    private static final int EMBED_BATCH = 32;

    /**
     * The narrative items whose chunks get vectors: 10-K Items 1, 1A, 7 and 7A, 10-Q Part I Item 2 and
     * Part II Items 1 and 1A. Embedding all 705 chunks of the three filings takes ~165 s on two cores
     * (~4 chunks/s at 1,600 characters); these ~300 take about half. The other chunks (financial
     * statements, exhibits, short items) are indexed with their text only, as the server indexes a
     * document when no embedding model is installed, so BM25 still ranks every chunk.
     */
    static final Set<String> EMBEDDED_ITEMS = Set.of("1", "1A", "7", "7A", "part1item2", "part2item1", "part2item1a");

    /** Extracts and chunks one filing; fails the test with the extractor's reason when it cannot. */
    static IngestedFiling read(DocumentExtractor extractor, SecFilings filing) {
        ExtractionResult result = extractor.extract(filing.primaryDocument(), "primary-document.html");
        if (!result.isOk()) {
            throw new AssertionError(filing + " was not extracted: " + result.reason());
        }
        return new IngestedFiling(filing, result, Chunker.DEFAULT.chunk(result.content(), SERVER_CHUNKING));
    }

    /** The extracted text with its sections. */
    StructuredText text() {
        return result.content();
    }

    /** The SEC form the extractor detected, e.g. "10-K". */
    String form() {
        return result.metadata().get("sec:form");
    }

    /**
     * The filing's chunks for one workspace, those of {@link #EMBEDDED_ITEMS} with their vectors.
     *
     * @param embeddings the embedding model, called in batches of documents as the server's job does
     */
    List<SearchChunk> searchChunks(String tenant, String workspace, String documentId, EmbeddingProvider embeddings) {
        List<Chunk> narrative = chunks.stream()
                .filter(c -> EMBEDDED_ITEMS.contains(c.sectionId()))
                .toList();
        Map<Integer, float[]> vectors = new HashMap<>();
        for (int from = 0; from < narrative.size(); from += EMBED_BATCH) {
            List<Chunk> slice = narrative.subList(from, Math.min(narrative.size(), from + EMBED_BATCH));
            // Chunks of ~1,600 characters need none of the server's clipping to MAX_TEXT_LENGTH.
            List<float[]> batch =
                    embeddings.embed(slice.stream().map(Chunk::text).toList(), EmbeddingPurpose.DOCUMENT);
            for (int i = 0; i < slice.size(); i++) {
                vectors.put(slice.get(i).index(), batch.get(i));
            }
        }
        return chunks.stream()
                .map(c -> new SearchChunk(
                        tenant,
                        workspace,
                        documentId,
                        documentId + ":" + c.index(),
                        c.text(),
                        vectors.get(c.index()),
                        metadata(c)))
                .toList();
    }

    private ChunkMetadata metadata(Chunk c) {
        Map<String, String> meta = result.metadata();
        return ChunkMetadata.builder()
                .documentTitle(meta.get("sec:company") + " " + form())
                .documentType(result.mediaType())
                .formType(form())
                .company(meta.get("sec:company"))
                .page(c.firstPage() > 0 ? c.firstPage() : null)
                .sectionId(blankToNull(c.sectionId()))
                .sectionTitle(blankToNull(c.sectionTitle()))
                .tableId(blankToNull(c.tableId()))
                .offsets(c.start(), c.end())
                .build();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
