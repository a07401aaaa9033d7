package com.gridvault.plugin.api.search;

import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A search within one workspace of one tenant.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.builder("acme-bank", "credit-team")
 *     .text("net interest margin")
 *     .vector(embedding)
 *     .mode(SearchMode.HYBRID)
 *     .k(10)
 *     .filters(SearchFilters.NONE.withFormTypes("10-K"))
 *     .build();
 * }</pre>
 *
 * @param tenantId the tenant; always required
 * @param workspaceId the workspace within the tenant; always required
 * @param text the query text; required (non-blank) for {@link SearchMode#TEXT} and {@link
 *     SearchMode#HYBRID}, used for highlighting when present in {@link SearchMode#SEMANTIC}
 * @param vector the query embedding, same dimension as the indexed vectors; required for {@link
 *     SearchMode#SEMANTIC} and {@link SearchMode#HYBRID}; copied on the way in and out
 * @param mode how to rank
 * @param k the number of hits wanted, 1 to {@link #MAX_K}
 * @param filters restrictions; null becomes {@link SearchFilters#NONE}
 * @param highlight whether to compute {@link SearchHit#highlights()}
 */
public record SearchQuery(
        String tenantId,
        String workspaceId,
        String text,
        float[] vector,
        SearchMode mode,
        int k,
        SearchFilters filters,
        boolean highlight) {

    /** The number of hits when none is given. */
    public static final int DEFAULT_K = 10;

    /** The largest {@code k} a backend must accept; larger ones are invalid. */
    public static final int MAX_K = 1000;

    /** The default reciprocal-rank-fusion constant of {@link SearchMode#HYBRID}. */
    public static final int DEFAULT_RRF_K = 60;

    /** The longest query text, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** Copies the vector and defaults the filters; validation is left to {@link #problems()}. */
    public SearchQuery {
        vector = vector == null ? null : vector.clone();
        filters = filters == null ? SearchFilters.NONE : filters;
    }

    /**
     * Starts a query in one workspace: mode TEXT, k {@value #DEFAULT_K}, no filters, highlighting on.
     *
     * @param tenantId the tenant
     * @param workspaceId the workspace
     * @return a builder
     */
    public static Builder builder(String tenantId, String workspaceId) {
        return new Builder(tenantId, workspaceId);
    }

    /**
     * Returns a copy of the query embedding.
     *
     * @return the vector, or null
     */
    @Override
    public float[] vector() {
        return vector == null ? null : vector.clone();
    }

    /**
     * Lists what is wrong with this query, independent of any backend. A backend adds its own checks
     * (such as the vector's dimension, reported on {@code vector}) and throws them together.
     *
     * @return the problems with paths {@code tenantId}, {@code workspaceId}, {@code text}, {@code
     *     vector}, {@code mode}, {@code k} and {@code filters.dateTo}; empty when valid
     */
    public List<FieldError> problems() {
        FieldErrors errors = FieldErrors.create();
        errors.check(!Vectors.isBlank(tenantId), "tenantId", "must not be blank");
        errors.check(!Vectors.isBlank(workspaceId), "workspaceId", "must not be blank");
        errors.notNull("mode", mode);
        errors.check(k >= 1 && k <= MAX_K, "k", "must be between 1 and " + MAX_K + ", was " + k);
        if (text != null) {
            errors.check(
                    text.length() <= MAX_TEXT_LENGTH, "text", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (mode == SearchMode.TEXT || mode == SearchMode.HYBRID) {
            errors.check(!Vectors.isBlank(text), "text", "must not be blank in " + mode + " mode");
        }
        if (mode == SearchMode.SEMANTIC || mode == SearchMode.HYBRID) {
            errors.notNull("vector", vector);
        }
        Vectors.check(errors, "vector", vector);
        if (filters.dateFrom() != null && filters.dateTo() != null) {
            errors.check(
                    !filters.dateTo().isBefore(filters.dateFrom()), "filters.dateTo", "must not be before dateFrom");
        }
        return errors.errors();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchQuery q
                && Objects.equals(tenantId, q.tenantId)
                && Objects.equals(workspaceId, q.workspaceId)
                && Objects.equals(text, q.text)
                && Arrays.equals(vector, q.vector)
                && mode == q.mode
                && k == q.k
                && filters.equals(q.filters)
                && highlight == q.highlight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, workspaceId, text, Arrays.hashCode(vector), mode, k, filters, highlight);
    }

    @Override
    public String toString() {
        return "SearchQuery[" + tenantId + "/" + workspaceId + ", " + mode + ", k=" + k + ", text="
                + (text == null ? "null" : "'" + text + "'") + ", dimension=" + (vector == null ? 0 : vector.length)
                + ", filters=" + filters + ", highlight=" + highlight + "]";
    }

    /** Builder of {@link SearchQuery}; not thread-safe. */
    public static final class Builder {
        private final String tenantId;
        private final String workspaceId;
        private String text;
        private float[] vector;
        private SearchMode mode = SearchMode.TEXT;
        private int k = DEFAULT_K;
        private SearchFilters filters = SearchFilters.NONE;
        private boolean highlight = true;

        private Builder(String tenantId, String workspaceId) {
            this.tenantId = tenantId;
            this.workspaceId = workspaceId;
        }

        /**
         * Sets the query text.
         *
         * @param value the text
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * Sets the query embedding.
         *
         * @param value the vector (copied when built)
         * @return this builder
         */
        public Builder vector(float[] value) {
            this.vector = value;
            return this;
        }

        /**
         * Sets the ranking mode.
         *
         * @param value the mode
         * @return this builder
         */
        public Builder mode(SearchMode value) {
            this.mode = value;
            return this;
        }

        /**
         * Sets the number of hits wanted.
         *
         * @param value 1 to {@link SearchQuery#MAX_K}
         * @return this builder
         */
        public Builder k(int value) {
            this.k = value;
            return this;
        }

        /**
         * Sets the filters.
         *
         * @param value the filters
         * @return this builder
         */
        public Builder filters(SearchFilters value) {
            this.filters = value;
            return this;
        }

        /**
         * Turns highlighting on or off.
         *
         * @param value true to compute highlights
         * @return this builder
         */
        public Builder highlight(boolean value) {
            this.highlight = value;
            return this;
        }

        /**
         * Builds the query; it is validated by the backend, not here.
         *
         * @return the query
         */
        public SearchQuery build() {
            return new SearchQuery(tenantId, workspaceId, text, vector, mode, k, filters, highlight);
        }
    }
}
