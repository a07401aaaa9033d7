package com.gridvault.search.support;

import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Checks an upsert batch before any of it is written, so a batch is stored whole or not at all. */
public final class ChunkBatches {

    private ChunkBatches() {}

    /**
     * Validates a batch of chunks: each must be present and valid, and every vector must have the
     * index's dimension, or, while the index has none yet, the dimension of the batch's first vector.
     *
     * @param chunks the batch
     * @param indexDimension the index's vector dimension; 0 or less while it has none
     * @return the dimension after the batch: the index's, else the batch's, else 0
     * @throws InvalidInputException listing every problem, each with its path ({@code chunks[i]...})
     */
    public static int validate(List<SearchChunk> chunks, int indexDimension) {
        List<FieldError> errors = new ArrayList<>();
        int batchDimension = Math.max(indexDimension, 0);
        for (int i = 0; i < chunks.size(); i++) {
            String path = "chunks[" + i + "]";
            SearchChunk chunk = chunks.get(i);
            if (chunk == null) {
                errors.add(new FieldError(path, "is required"));
                continue;
            }
            List<FieldError> problems = chunk.problems(path);
            errors.addAll(problems);
            int d = chunk.dimension();
            if (d > 0 && problems.stream().noneMatch(p -> p.path().startsWith(path + ".vector"))) {
                if (batchDimension == 0) {
                    batchDimension = d;
                } else if (d != batchDimension) {
                    errors.add(new FieldError(
                            path + ".vector", "must have " + batchDimension + " dimensions like the index, had " + d));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return batchDimension;
    }
}
