package com.gridvault.documents.ingest.text;

import com.gridvault.documents.ingest.tables.Table;
import java.util.List;
import java.util.Optional;

/**
 * Extracted text with its structure. Every span (page, section, table, row) is a pair of
 * character offsets into {@link #text()}, so a citation can always be mapped back to the exact
 * characters it came from.
 */
public record StructuredText(String text, List<PageSpan> pages, List<Section> sections, List<Table> tables) {
    public StructuredText {
        Checks.notNull(text, "text");
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
    }

    public static StructuredText plain(String text) {
        return new StructuredText(text, List.of(), List.of(), List.of());
    }

    /** The page containing {@code offset}, if the document has pages. */
    public Optional<PageSpan> pageAt(int offset) {
        PageSpan last = null;
        for (PageSpan page : pages) {
            if (page.start() > offset) {
                break;
            }
            last = page;
        }
        return Optional.ofNullable(last);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The text of one section. */
    public String textOf(Section section) {
        return text.substring(section.start(), section.end());
    }
}
