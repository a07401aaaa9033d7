package com.gridvault.server.documents;

import com.gridvault.documents.ingest.chunking.ChunkingOptions;
import com.gridvault.documents.ingest.extract.ExtractionSettings;

/**
 * How documents are accepted, read and made searchable.
 *
 * @param maxUploadBytes the largest file accepted ({@code gridvault.documents.max-upload-bytes})
 * @param extraction the limits of reading one document (pages, text, time, zip bombs, OCR)
 * @param chunking chunk size and overlap
 * @param embedBatchSize chunks embedded per call of the embedding provider
 * @param searchBackend the id of the search backend extension to use ({@code lucene} by default)
 * @param embeddingProvider the id of the embedding model to use; empty means the first available
 */
public record DocumentSettings(
        long maxUploadBytes,
        ExtractionSettings extraction,
        ChunkingOptions chunking,
        int embedBatchSize,
        String searchBackend,
        String embeddingProvider) {}
