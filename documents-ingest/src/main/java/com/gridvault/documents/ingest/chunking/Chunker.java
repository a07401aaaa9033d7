package com.gridvault.documents.ingest.chunking;

import com.gridvault.documents.ingest.tables.Table;
import com.gridvault.documents.ingest.tables.TableRow;
import com.gridvault.documents.ingest.text.PageSpan;
import com.gridvault.documents.ingest.text.Section;
import com.gridvault.documents.ingest.text.StructuredText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a {@link StructuredText} into chunks that respect its structure. Running text is cut at
 * the best boundary before the target size (paragraph, then line, sentence, word); tables are kept
 * whole when they fit, else split into row groups each preceded by the header rows. Stateless.
 */
public final class Chunker {
    public static final Chunker DEFAULT = new Chunker();

    public List<Chunk> chunk(StructuredText doc, ChunkingOptions options) {
        Run run = new Run(doc, options.targetChars(), options.overlapChars());
        for (Region region : regions(doc)) {
            run.region(region);
        }
        return List.copyOf(run.chunks);
    }

    private record Region(int start, int end, Section section) {}

    /** The text cut at section boundaries; text outside every section forms section-less regions. */
    private static List<Region> regions(StructuredText doc) {
        List<Section> sections = new ArrayList<>(doc.sections());
        sections.sort(Comparator.comparingInt(Section::start));
        List<Region> regions = new ArrayList<>();
        int cursor = 0;
        for (Section s : sections) {
            int start = Math.max(s.start(), cursor);
            if (start > cursor) {
                regions.add(new Region(cursor, start, null));
            }
            if (s.end() > start) {
                regions.add(new Region(start, s.end(), s));
                cursor = s.end();
            }
        }
        if (cursor < doc.text().length()) {
            regions.add(new Region(cursor, doc.text().length(), null));
        }
        return regions;
    }

    /** Chunking state for one document. */
    private static final class Run {
        private final StructuredText doc;
        private final String text;
        private final int target;
        private final int overlap;
        private final List<Chunk> chunks = new ArrayList<>();

        Run(StructuredText doc, int target, int overlap) {
            this.doc = doc;
            this.text = doc.text();
            this.target = target;
            this.overlap = overlap;
        }

        void region(Region r) {
            int cursor = r.start();
            for (Table t : doc.tables()) {
                if (t.start() >= cursor && t.end() <= r.end()) {
                    text(cursor, t.start(), r.section());
                    table(t, r.section());
                    cursor = t.end();
                }
            }
            text(cursor, r.end(), r.section());
        }

        private void text(int from, int to, Section section) {
            int pos = skipSpace(from, to);
            to = trimEnd(pos, to);
            while (pos < to) {
                int end = to - pos <= target ? to : breakBefore(pos, pos + target);
                int bodyEnd = trimEnd(pos, end);
                if (bodyEnd > pos) {
                    add("", pos, bodyEnd, section, "");
                }
                if (end >= to) {
                    break;
                }
                pos = skipSpace(nextStart(pos, end), to);
            }
        }

        /** Where the next chunk starts: {@code overlap} characters back, at a word boundary. */
        private int nextStart(int pos, int end) {
            int next = Math.max(end - overlap, pos + 1);
            while (next < end && !Character.isWhitespace(text.charAt(next - 1))) {
                next++;
            }
            return next;
        }

        private int breakBefore(int pos, int limit) {
            int floor = pos + target / 2;
            for (String boundary : new String[] {"\n\n", "\n", ". ", " "}) {
                int at = text.lastIndexOf(boundary, limit - boundary.length());
                if (at >= floor) {
                    return at + boundary.length();
                }
            }
            return limit;
        }

        private void table(Table t, Section section) {
            if (t.end() - t.start() <= target || t.bodyRows().size() < 2) {
                add("", t.start(), t.end(), section, t.id());
                return;
            }
            List<TableRow> headers = t.headerRows();
            String header = headers.isEmpty()
                    ? ""
                    : text.substring(
                                    headers.get(0).start(),
                                    headers.get(headers.size() - 1).end()) + "\n";
            List<TableRow> body = t.bodyRows();
            int groupStart = t.start(); // the first group holds the real header rows
            int groupEnd = -1;
            String prefix = "";
            for (TableRow row : body) {
                if (groupEnd >= 0 && prefix.length() + row.end() - groupStart > target) {
                    add(prefix, groupStart, groupEnd, section, t.id());
                    prefix = header;
                    groupStart = row.start();
                }
                groupEnd = row.end();
            }
            add(prefix, groupStart, groupEnd, section, t.id());
        }

        private void add(String header, int start, int end, Section section, String tableId) {
            int first = doc.pageAt(start).map(PageSpan::number).orElse(0);
            int last =
                    doc.pageAt(Math.max(start, end - 1)).map(PageSpan::number).orElse(0);
            chunks.add(new Chunk(
                    chunks.size(),
                    header,
                    text.substring(start, end),
                    start,
                    end,
                    first,
                    last,
                    section == null ? "" : section.id(),
                    section == null ? "" : section.title(),
                    tableId));
        }

        private int skipSpace(int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            return from;
        }

        private int trimEnd(int from, int to) {
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return to;
        }
    }
}
