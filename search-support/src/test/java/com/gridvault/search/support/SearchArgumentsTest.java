package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.plugin.api.search.SearchMode;
import com.gridvault.plugin.api.search.SearchQuery;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class SearchArgumentsTest {

    @Test
    void blankScopeAndDocumentArgumentsAreNamed() {
        InvalidInputException scope =
                catchThrowableOfType(() -> SearchArguments.checkScope(" ", null), InvalidInputException.class);
        InvalidInputException document =
                catchThrowableOfType(() -> SearchArguments.checkDocument("t", "w", ""), InvalidInputException.class);

        assertThat(scope.errors()).extracting(FieldError::path).containsExactly("tenantId", "workspaceId");
        assertThat(document.errors()).extracting(FieldError::path).containsExactly("documentId");
        assertThatCode(() -> SearchArguments.checkDocument("t", "w", "d")).doesNotThrowAnyException();
    }

    @Test
    void aQueryVectorMustHaveTheIndexDimension() {
        SearchQuery query = SearchQuery.builder("t", "w")
                .vector(new float[] {1, 0})
                .mode(SearchMode.SEMANTIC)
                .k(3)
                .build();

        InvalidInputException e = catchThrowableOfType(
                () -> SearchArguments.checkQuery(query, query.problems(), 3), InvalidInputException.class);

        assertThat(e.errors())
                .containsExactly(new FieldError("vector", "must have 3 dimensions like the indexed vectors, had 2"));
        assertThatCode(() -> SearchArguments.checkQuery(query, query.problems(), 2))
                .doesNotThrowAnyException();
        assertThatCode(() -> SearchArguments.checkQuery(query, query.problems(), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void theQuerysOwnProblemsAreReportedAndHideADimensionMismatchOnTheVector() {
        SearchQuery query =
                SearchQuery.builder("t", "w").vector(new float[] {0, 0}).k(0).build();

        InvalidInputException e = catchThrowableOfType(
                () -> SearchArguments.checkQuery(query, query.problems(), 3), InvalidInputException.class);

        assertThat(e.errors()).isEqualTo(query.problems());
        assertThat(e.errors()).extracting(FieldError::path).contains("k").anyMatch(p -> p.startsWith("vector"));
    }
}
