package com.gridvault.server.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A search in a workspace.
 *
 * @param query the words or question, 1-10,000 characters
 * @param mode {@code text} (BM25), {@code semantic} (vectors) or {@code hybrid} (both, fused);
 *     default hybrid when an embedding model is installed, else text
 * @param k how many hits, 1-100 (default 10)
 * @param filters restrictions, all optional
 * @param highlight whether to mark the matched terms in the snippets (default true)
 */
public record SearchRequest(
        @NotBlank @Size(max = 10_000) String query,
        @Pattern(regexp = "(?i)text|semantic|hybrid", message = "must be text, semantic or hybrid") String mode,
        @Min(1) @Max(100) Integer k,
        @Valid Filters filters,
        Boolean highlight) {

    /**
     * Restrictions on the hits.
     *
     * @param documentIds only these documents
     * @param documentTypes only these detected media types, e.g. {@code application/pdf}
     * @param formTypes only these SEC forms, e.g. {@code 10-K}
     * @param companies only these filers
     * @param sectionIds only these sections, e.g. {@code 1A}
     * @param dateFrom documents dated on or after
     * @param dateTo documents dated on or before
     */
    public record Filters(
            @Size(max = 100) List<@Size(max = 64) String> documentIds,
            @Size(max = 20) List<@Size(max = 200) String> documentTypes,
            @Size(max = 20) List<@Size(max = 20) String> formTypes,
            @Size(max = 100) List<@Size(max = 500) String> companies,
            @Size(max = 100) List<@Size(max = 100) String> sectionIds,
            LocalDate dateFrom,
            LocalDate dateTo) {}
}
