package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.plugin.api.search.ChunkMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkMetadataFieldsTest {

    // The document is an ordered map, the simplest representation a cluster client could use.

    @Test
    void everyValueSurvivesTheRoundTripAndTheCompanyGetsItsFilterKey() {
        ChunkMetadata metadata = SearchFixtures.FULL_METADATA;
        Map<String, Object> doc = new LinkedHashMap<>();

        ChunkMetadataFields.write(metadata, doc::put, doc::put);

        assertThat(ChunkMetadataFields.read(f -> (String) doc.get(f), f -> (Integer) doc.get(f)))
                .isEqualTo(metadata);
        assertThat(doc)
                .containsEntry("company_key", "acme bank")
                .containsEntry("date", "2026-02-27")
                .containsEntry("page", 47)
                .containsEntry("start_offset", 10);
        assertThat(doc.keySet())
                .containsExactly(
                        "title",
                        "document_type",
                        "form",
                        "company",
                        "company_key",
                        "date",
                        "section",
                        "section_title",
                        "table",
                        "page",
                        "start_offset",
                        "end_offset");
    }

    @Test
    void unsetValuesStayOutOfTheDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();

        ChunkMetadataFields.write(ChunkMetadata.EMPTY, doc::put, doc::put);

        assertThat(doc).isEmpty();
        assertThat(ChunkMetadataFields.read(f -> (String) doc.get(f), f -> (Integer) doc.get(f)))
                .isEqualTo(ChunkMetadata.EMPTY);
    }
}
