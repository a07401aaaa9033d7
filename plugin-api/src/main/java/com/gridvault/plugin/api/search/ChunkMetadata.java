package com.gridvault.plugin.api.search;

import java.time.LocalDate;

/**
 * What a hit needs to cite its source and what queries can filter on. Every part is optional (null).
 *
 * @param documentTitle the title of the document the chunk comes from
 * @param documentType the kind of document, e.g. {@code filing}, {@code contract}, {@code research};
 *     filterable by exact value
 * @param formType the regulatory form, e.g. {@code 10-K}; filterable by exact value
 * @param company the company the document is about; filterable, compared ignoring case
 * @param documentDate the filing or document date; filterable by range
 * @param page the 1-based page the chunk starts on
 * @param sectionId a stable id of the section, e.g. {@code item-7}; filterable by exact value
 * @param sectionTitle the section's heading, e.g. "Management's Discussion and Analysis"
 * @param tableId the id of the table the chunk was extracted from, when it is tabular
 * @param startOffset the chunk's first character in the document's extracted text
 * @param endOffset the character after the chunk's last one in the document's extracted text
 */
public record ChunkMetadata(
        String documentTitle,
        String documentType,
        String formType,
        String company,
        LocalDate documentDate,
        Integer page,
        String sectionId,
        String sectionTitle,
        String tableId,
        Integer startOffset,
        Integer endOffset) {

    /** Metadata with every part absent. */
    public static final ChunkMetadata EMPTY = builder().build();

    /**
     * Starts metadata with every part absent.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder preset with this metadata, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .documentTitle(documentTitle)
                .documentType(documentType)
                .formType(formType)
                .company(company)
                .documentDate(documentDate)
                .page(page)
                .sectionId(sectionId)
                .sectionTitle(sectionTitle)
                .tableId(tableId)
                .offsets(startOffset, endOffset);
    }

    /** Builder of {@link ChunkMetadata}; not thread-safe. */
    public static final class Builder {
        private String documentTitle;
        private String documentType;
        private String formType;
        private String company;
        private LocalDate documentDate;
        private Integer page;
        private String sectionId;
        private String sectionTitle;
        private String tableId;
        private Integer startOffset;
        private Integer endOffset;

        private Builder() {}

        /**
         * Sets the document title.
         *
         * @param value the title, or null
         * @return this builder
         */
        public Builder documentTitle(String value) {
            this.documentTitle = value;
            return this;
        }

        /**
         * Sets the document type.
         *
         * @param value the type, or null
         * @return this builder
         */
        public Builder documentType(String value) {
            this.documentType = value;
            return this;
        }

        /**
         * Sets the form type.
         *
         * @param value the form, or null
         * @return this builder
         */
        public Builder formType(String value) {
            this.formType = value;
            return this;
        }

        /**
         * Sets the company.
         *
         * @param value the company, or null
         * @return this builder
         */
        public Builder company(String value) {
            this.company = value;
            return this;
        }

        /**
         * Sets the filing or document date.
         *
         * @param value the date, or null
         * @return this builder
         */
        public Builder documentDate(LocalDate value) {
            this.documentDate = value;
            return this;
        }

        /**
         * Sets the page.
         *
         * @param value the 1-based page, or null
         * @return this builder
         */
        public Builder page(Integer value) {
            this.page = value;
            return this;
        }

        /**
         * Sets the section id.
         *
         * @param value the id, or null
         * @return this builder
         */
        public Builder sectionId(String value) {
            this.sectionId = value;
            return this;
        }

        /**
         * Sets the section title.
         *
         * @param value the title, or null
         * @return this builder
         */
        public Builder sectionTitle(String value) {
            this.sectionTitle = value;
            return this;
        }

        /**
         * Sets the table id.
         *
         * @param value the id, or null
         * @return this builder
         */
        public Builder tableId(String value) {
            this.tableId = value;
            return this;
        }

        /**
         * Sets the chunk's character offsets in the document text.
         *
         * @param start the first character, or null
         * @param end the character after the last one, or null
         * @return this builder
         */
        public Builder offsets(Integer start, Integer end) {
            this.startOffset = start;
            this.endOffset = end;
            return this;
        }

        /**
         * Builds the metadata.
         *
         * @return the metadata
         */
        public ChunkMetadata build() {
            return new ChunkMetadata(
                    documentTitle,
                    documentType,
                    formType,
                    company,
                    documentDate,
                    page,
                    sectionId,
                    sectionTitle,
                    tableId,
                    startOffset,
                    endOffset);
        }
    }
}
