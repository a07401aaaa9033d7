package com.gridvault.search.support;

import com.gridvault.plugin.api.search.ChunkMetadata;
import java.time.LocalDate;

/** Test values the search plugins share, shipped in this module's test jar. */
public final class SearchFixtures {

    /** Metadata with every value set, the company with blanks around it (its key is "acme bank"). */
    public static final ChunkMetadata FULL_METADATA = ChunkMetadata.builder()
            .documentTitle("Annual Report")
            .documentType("filing")
            .formType("10-K")
            .company("  Acme Bank ")
            .documentDate(LocalDate.of(2026, 2, 27))
            .page(47)
            .sectionId("item-7")
            .sectionTitle("MD&A")
            .tableId("t-12")
            .offsets(10, 20)
            .build();

    private SearchFixtures() {}
}
