package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.plugin.api.search.SearchChunk;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkBatchesTest {

    private static SearchChunk chunk(String id, float... vector) {
        return new SearchChunk("t", "w", "d", id, "text " + id, vector.length == 0 ? null : vector, null);
    }

    @Test
    void theFirstVectorFixesTheDimensionOfAnIndexWithoutOne() {
        assertThat(ChunkBatches.validate(List.of(chunk("a"), chunk("b", 1, 0, 0)), 0))
                .isEqualTo(3);
        assertThat(ChunkBatches.validate(List.of(chunk("a", 1, 0)), -1)).isEqualTo(2);
        assertThat(ChunkBatches.validate(List.of(chunk("a")), -1)).isZero();
        assertThat(ChunkBatches.validate(List.of(chunk("a", 0, 1)), 2)).isEqualTo(2);
    }

    @Test
    void everyProblemOfTheBatchIsReportedWithItsPath() {
        List<SearchChunk> batch = Arrays.asList(chunk("a", 1, 0), null, chunk("c", 1, 0, 0), chunk(" ", 1, 0));

        InvalidInputException e =
                catchThrowableOfType(() -> ChunkBatches.validate(batch, 0), InvalidInputException.class);

        assertThat(e.errors())
                .extracting(FieldError::path)
                .containsExactly("chunks[1]", "chunks[2].vector", "chunks[3].chunkId");
        assertThat(e.errors().get(1).message()).isEqualTo("must have 2 dimensions like the index, had 3");
    }

    @Test
    void vectorsMustMatchTheIndexDimension() {
        InvalidInputException e = catchThrowableOfType(
                () -> ChunkBatches.validate(List.of(chunk("a", 1, 0, 0)), 4), InvalidInputException.class);

        assertThat(e.errors()).extracting(FieldError::path).containsExactly("chunks[0].vector");
    }
}
