package com.gridvault.plugin.api.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * Restricts a query to chunks whose {@link ChunkMetadata} (or document id) matches. Each non-empty
 * set means "any of these"; all given constraints must hold together. A chunk without the filtered
 * attribute never matches that constraint. Filters narrow the candidates before ranking, in every
 * {@link SearchMode}, so a semantic query with a filter still returns up to {@code k} matching hits.
 *
 * @param documentIds document ids; empty for any
 * @param documentTypes exact document types; empty for any
 * @param formTypes exact form types; empty for any
 * @param companies companies, compared ignoring case; empty for any
 * @param sectionIds exact section ids; empty for any
 * @param dateFrom the earliest document date, inclusive, or null
 * @param dateTo the latest document date, inclusive, or null
 */
public record SearchFilters(
        Set<String> documentIds,
        Set<String> documentTypes,
        Set<String> formTypes,
        Set<String> companies,
        Set<String> sectionIds,
        LocalDate dateFrom,
        LocalDate dateTo) {

    /** No restriction. */
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null);

    /** Copies the sets; null becomes empty. */
    public SearchFilters {
        documentIds = copy(documentIds);
        documentTypes = copy(documentTypes);
        formTypes = copy(formTypes);
        companies = copy(companies);
        sectionIds = copy(sectionIds);
    }

    /**
     * Tells whether this restricts nothing.
     *
     * @return true when every constraint is absent
     */
    public boolean isEmpty() {
        return documentIds.isEmpty()
                && documentTypes.isEmpty()
                && formTypes.isEmpty()
                && companies.isEmpty()
                && sectionIds.isEmpty()
                && dateFrom == null
                && dateTo == null;
    }

    /**
     * Returns a copy restricted to the given documents.
     *
     * @param ids document ids
     * @return the new filters
     */
    public SearchFilters withDocumentIds(String... ids) {
        return new SearchFilters(set(ids), documentTypes, formTypes, companies, sectionIds, dateFrom, dateTo);
    }

    /**
     * Returns a copy restricted to the given document types.
     *
     * @param types document types
     * @return the new filters
     */
    public SearchFilters withDocumentTypes(String... types) {
        return new SearchFilters(documentIds, set(types), formTypes, companies, sectionIds, dateFrom, dateTo);
    }

    /**
     * Returns a copy restricted to the given forms.
     *
     * @param forms form types
     * @return the new filters
     */
    public SearchFilters withFormTypes(String... forms) {
        return new SearchFilters(documentIds, documentTypes, set(forms), companies, sectionIds, dateFrom, dateTo);
    }

    /**
     * Returns a copy restricted to the given companies.
     *
     * @param names companies, any case
     * @return the new filters
     */
    public SearchFilters withCompanies(String... names) {
        return new SearchFilters(documentIds, documentTypes, formTypes, set(names), sectionIds, dateFrom, dateTo);
    }

    /**
     * Returns a copy restricted to the given sections.
     *
     * @param ids section ids
     * @return the new filters
     */
    public SearchFilters withSectionIds(String... ids) {
        return new SearchFilters(documentIds, documentTypes, formTypes, companies, set(ids), dateFrom, dateTo);
    }

    /**
     * Returns a copy restricted to a date range.
     *
     * @param from the earliest date, inclusive, or null
     * @param to the latest date, inclusive, or null
     * @return the new filters
     */
    public SearchFilters withDateRange(LocalDate from, LocalDate to) {
        return new SearchFilters(documentIds, documentTypes, formTypes, companies, sectionIds, from, to);
    }

    private static Set<String> set(String... values) {
        return Set.copyOf(Arrays.asList(values));
    }

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
