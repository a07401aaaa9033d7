package com.gridvault.plugin.api.search;

import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One indexable piece of a document: its text, optionally its embedding, and its citation metadata.
 *
 * <p>A chunk is identified by {@code (tenantId, workspaceId, chunkId)}: indexing a chunk with the same
 * three ids replaces the earlier one, and the same chunk id in another workspace is another chunk.
 *
 * @param tenantId the owning tenant (organisation)
 * @param workspaceId the workspace within the tenant
 * @param documentId the document the chunk belongs to
 * @param chunkId the chunk's id, unique within the workspace
 * @param text the chunk's text, searched by BM25 and shown in snippets
 * @param vector the chunk's embedding, or null when it has none; copied on the way in and out
 * @param metadata citation and filter metadata; null becomes {@link ChunkMetadata#EMPTY}
 */
public record SearchChunk(
        String tenantId,
        String workspaceId,
        String documentId,
        String chunkId,
        String text,
        float[] vector,
        ChunkMetadata metadata) {

    /** The longest id (tenant, workspace, document, chunk) a backend must accept. */
    public static final int MAX_ID_LENGTH = 256;

    /** Copies the vector and defaults the metadata; validation is left to {@link #problems(String)}. */
    public SearchChunk {
        vector = vector == null ? null : vector.clone();
        metadata = metadata == null ? ChunkMetadata.EMPTY : metadata;
    }

    /**
     * Returns a copy of the embedding.
     *
     * @return the vector, or null
     */
    @Override
    public float[] vector() {
        return vector == null ? null : vector.clone();
    }

    /**
     * Returns the embedding's dimension.
     *
     * @return the number of components, or 0 without a vector
     */
    public int dimension() {
        return vector == null ? 0 : vector.length;
    }

    /**
     * Lists what is wrong with this chunk, independent of any backend: blank or over-long ids, blank
     * text, a vector that is empty, non-finite or all zeros, a page below 1, negative or reversed
     * offsets.
     *
     * @param path the chunk's path in the request, e.g. {@code chunks[2]}, prefixed to each field
     * @return the problems, empty when the chunk is valid
     */
    public List<FieldError> problems(String path) {
        FieldErrors errors = FieldErrors.create();
        id(errors, path + ".tenantId", tenantId);
        id(errors, path + ".workspaceId", workspaceId);
        id(errors, path + ".documentId", documentId);
        id(errors, path + ".chunkId", chunkId);
        errors.check(!Vectors.isBlank(text), path + ".text", "must not be blank");
        Vectors.check(errors, path + ".vector", vector);
        if (metadata.page() != null) {
            errors.check(metadata.page() >= 1, path + ".metadata.page", "must be 1 or more, was " + metadata.page());
        }
        Integer start = metadata.startOffset();
        Integer end = metadata.endOffset();
        if (start != null) {
            errors.check(start >= 0, path + ".metadata.startOffset", "must not be negative, was " + start);
        }
        if (start != null && end != null) {
            errors.check(end >= start, path + ".metadata.endOffset", "must not be before startOffset " + start);
        }
        return errors.errors();
    }

    private static void id(FieldErrors errors, String path, String value) {
        if (Vectors.isBlank(value)) {
            errors.add(path, "must not be blank");
        } else {
            errors.check(value.length() <= MAX_ID_LENGTH, path, "must be at most " + MAX_ID_LENGTH + " characters");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchChunk c
                && Objects.equals(tenantId, c.tenantId)
                && Objects.equals(workspaceId, c.workspaceId)
                && Objects.equals(documentId, c.documentId)
                && Objects.equals(chunkId, c.chunkId)
                && Objects.equals(text, c.text)
                && Arrays.equals(vector, c.vector)
                && metadata.equals(c.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, workspaceId, documentId, chunkId, text, Arrays.hashCode(vector), metadata);
    }

    @Override
    public String toString() {
        return "SearchChunk[" + tenantId + "/" + workspaceId + "/" + documentId + "/" + chunkId + ", "
                + (text == null ? 0 : text.length()) + " chars, dimension " + dimension() + "]";
    }
}
