package com.gridvault.documents.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.documents.ingest.tables.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredTextTest {
    @Test
    void builderKeepsOffsetsOfBlocksPagesAndTableRows() {
        StructuredTextBuilder b = new StructuredTextBuilder();
        b.startPage("");
        int first = b.block("  First paragraph. ");
        b.startPage("Sheet2");
        Table t = b.table(List.of(List.of("A", "B"), List.of("1", "2")), 1);
        StructuredText doc = b.build();

        assertThat(doc.text()).isEqualTo("First paragraph.\n\nA | B\n1 | 2");
        assertThat(first).isZero();
        assertThat(doc.pages())
                .extracting(PageSpan::number, PageSpan::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ""), org.assertj.core.groups.Tuple.tuple(2, "Sheet2"));
        assertThat(doc.pageAt(t.start()).orElseThrow().number()).isEqualTo(2);
        assertThat(doc.text().substring(t.rows().get(1).start(), t.rows().get(1).end()))
                .isEqualTo("1 | 2");
        assertThat(t.headerRows()).hasSize(1);
    }

    @Test
    void valueTypesRejectBadInput() {
        assertThatThrownBy(() -> new Section(" ", "t", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Section("1", "t", 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageSpan(0, "", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Section("1A", null, 0, 3)).isEqualTo(new Section("1A", "", 0, 3));
        assertThat(new Section("1A", "", 0, 3).sourceLength()).isEqualTo(-1);
    }
}
