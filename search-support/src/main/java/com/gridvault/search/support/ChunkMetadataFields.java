package com.gridvault.search.support;

import static com.gridvault.search.support.ChunkFieldNames.COMPANY;
import static com.gridvault.search.support.ChunkFieldNames.COMPANY_KEY;
import static com.gridvault.search.support.ChunkFieldNames.DATE;
import static com.gridvault.search.support.ChunkFieldNames.DOCUMENT_TYPE;
import static com.gridvault.search.support.ChunkFieldNames.END;
import static com.gridvault.search.support.ChunkFieldNames.FORM;
import static com.gridvault.search.support.ChunkFieldNames.PAGE;
import static com.gridvault.search.support.ChunkFieldNames.SECTION;
import static com.gridvault.search.support.ChunkFieldNames.SECTION_TITLE;
import static com.gridvault.search.support.ChunkFieldNames.START;
import static com.gridvault.search.support.ChunkFieldNames.TABLE;
import static com.gridvault.search.support.ChunkFieldNames.TITLE;

import com.gridvault.plugin.api.search.ChunkMetadata;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes a chunk's citation metadata into a cluster document's fields and reads it back, whatever
 * the document representation. Unset values stay out of the document.
 */
public final class ChunkMetadataFields {

    private ChunkMetadataFields() {}

    /**
     * Writes the set metadata values, the company also as its {@link ChunkKeys#companyKey} filter key
     * and the date as an ISO date.
     *
     * @param m the metadata
     * @param text sets a text field of the document being built
     * @param number sets a number field of the document being built
     */
    public static void write(ChunkMetadata m, BiConsumer<String, String> text, BiConsumer<String, Integer> number) {
        putIfSet(text, TITLE, m.documentTitle());
        putIfSet(text, DOCUMENT_TYPE, m.documentType());
        putIfSet(text, FORM, m.formType());
        if (m.company() != null) {
            text.accept(COMPANY, m.company());
            text.accept(COMPANY_KEY, ChunkKeys.companyKey(m.company()));
        }
        putIfSet(text, DATE, m.documentDate() == null ? null : m.documentDate().toString());
        putIfSet(text, SECTION, m.sectionId());
        putIfSet(text, SECTION_TITLE, m.sectionTitle());
        putIfSet(text, TABLE, m.tableId());
        putIfSet(number, PAGE, m.page());
        putIfSet(number, START, m.startOffset());
        putIfSet(number, END, m.endOffset());
    }

    /**
     * Reads the metadata {@link #write} wrote.
     *
     * @param text reads a text field of the stored document, null when absent
     * @param number reads a number field of the stored document, null when absent
     * @return the metadata
     */
    public static ChunkMetadata read(Function<String, String> text, Function<String, Integer> number) {
        String date = text.apply(DATE);
        return ChunkMetadata.builder()
                .documentTitle(text.apply(TITLE))
                .documentType(text.apply(DOCUMENT_TYPE))
                .formType(text.apply(FORM))
                .company(text.apply(COMPANY))
                .documentDate(date == null ? null : LocalDate.parse(date))
                .page(number.apply(PAGE))
                .sectionId(text.apply(SECTION))
                .sectionTitle(text.apply(SECTION_TITLE))
                .tableId(text.apply(TABLE))
                .offsets(number.apply(START), number.apply(END))
                .build();
    }

    private static <T> void putIfSet(BiConsumer<String, T> put, String field, T value) {
        if (value != null) {
            put.accept(field, value);
        }
    }
}
