package com.gridvault.documents.ingest.extract;

import com.gridvault.documents.ingest.tables.TableCleaner;
import com.gridvault.documents.ingest.text.Section;
import com.gridvault.documents.ingest.text.StructuredText;
import com.gridvault.documents.ingest.text.StructuredTextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into a {@link StructuredText}: {@code div.page} (PDF pages),
 * {@code div.sheet} (workbook sheets) and {@code div.slide-content} (slides) become pages, {@code h1}/{@code h2} start
 * sections, tables become rows and cells. Enforces the page and text limits and stops when the
 * parse is cancelled.
 */
final class StructureHandler extends DefaultHandler {
    private static final Set<String> BLOCKS =
            Set.of("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dd", "dt");
    private static final int SECTION_LEVELS = 2;
    /** Tika's page-like containers: PDF pages, workbook sheets, presentation slides. */
    private static final Set<String> PAGE_CLASSES = Set.of("page", "sheet", "slide-content");

    private final StructuredTextBuilder out = new StructuredTextBuilder();
    private final StringBuilder block = new StringBuilder();
    private final List<Heading> headings = new ArrayList<>();
    private final ExtractionSettings settings;
    private final BooleanSupplier cancelled;

    private LimitExceededException failure;
    private int tableDepth;
    private int divDepth;
    private int packageDepth;
    private final List<Integer> openPackageDivs = new ArrayList<>();
    private List<List<String>> grid;
    private List<String> row;
    private StringBuilder cell;
    private List<Boolean> rowMarks;
    private boolean rowAllTh;
    private int headingLevel;
    private final StringBuilder headingText = new StringBuilder();
    private int headingStart;
    private boolean sheetTitlePending;

    private record Heading(int start, String title) {}

    StructureHandler(ExtractionSettings settings, BooleanSupplier cancelled) {
        this.settings = settings;
        this.cancelled = cancelled;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        checkCancelled();
        String name = localName.isEmpty() ? qName : localName;
        String cls = atts.getValue("class");
        if (name.equals("div") && "package-entry".equals(cls)) {
            packageDepth++;
            openPackageDivs.add(divDepth);
            if (packageDepth > settings.maxPackageDepth()) {
                fail(
                        FailureKind.LIMIT_EXCEEDED,
                        "The archive nests more than " + settings.maxPackageDepth()
                                + " levels deep, the configured limit");
            }
        }
        if (name.equals("div")) {
            divDepth++;
        }
        if (name.equals("table")) {
            if (tableDepth++ == 0) {
                flushBlock();
                grid = new ArrayList<>();
                rowMarks = new ArrayList<>();
            }
            return;
        }
        if (tableDepth > 0) {
            if (tableDepth == 1 && name.equals("tr")) {
                row = new ArrayList<>();
                rowAllTh = true;
            } else if (tableDepth == 1 && (name.equals("td") || name.equals("th")) && row != null) {
                cell = new StringBuilder();
                rowAllTh &= name.equals("th");
            }
            return;
        }
        if (name.equals("div") && PAGE_CLASSES.contains(cls)) {
            flushBlock();
            out.startPage("");
            sheetTitlePending = true;
            if (out.pageCount() > settings.maxPages()) {
                fail(
                        FailureKind.LIMIT_EXCEEDED,
                        "The document has more than " + settings.maxPages() + " pages, the configured limit");
            }
            return;
        }
        if (BLOCKS.contains(name)) {
            flushBlock();
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            headingLevel = name.charAt(1) - '0';
            headingText.setLength(0);
            headingStart = -1;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("div")) {
            divDepth--;
            if (!openPackageDivs.isEmpty() && openPackageDivs.get(openPackageDivs.size() - 1) == divDepth) {
                openPackageDivs.remove(openPackageDivs.size() - 1);
                packageDepth--;
            }
        }
        if (tableDepth > 0) {
            endTableElement(name);
            return;
        }
        if (name.equals("div") || BLOCKS.contains(name)) {
            int start = flushBlock();
            if (headingStart < 0) {
                headingStart = start;
            }
        }
        if (headingLevel > 0 && name.length() == 2 && name.charAt(0) == 'h') {
            String title = headingText.toString().strip();
            if (sheetTitlePending) {
                out.labelPage(title); // the first heading of a sheet or slide names it
                sheetTitlePending = false;
            }
            if (headingLevel <= SECTION_LEVELS && !title.isEmpty() && headingStart >= 0) {
                headings.add(new Heading(headingStart, title));
            }
            headingLevel = 0;
        }
    }

    private void endTableElement(String name) {
        if (name.equals("table")) {
            if (--tableDepth == 0) {
                boolean[] marks = new boolean[rowMarks.size()];
                for (int i = 0; i < marks.length; i++) {
                    marks[i] = rowMarks.get(i);
                }
                TableCleaner.CleanTable clean = TableCleaner.DEFAULT.tidy(grid, marks);
                out.table(clean.rows(), clean.headerRows());
                grid = null;
            }
        } else if (tableDepth == 1 && (name.equals("td") || name.equals("th")) && row != null && cell != null) {
            row.add(cell.toString());
            cell = null;
        } else if (tableDepth == 1 && name.equals("tr") && row != null) {
            grid.add(row);
            rowMarks.add(rowAllTh && !row.isEmpty());
            row = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkCancelled();
        if (tableDepth > 0) {
            if (cell != null) {
                cell.append(ch, start, length);
            }
        } else {
            block.append(ch, start, length);
            if (headingLevel > 0) {
                headingText.append(ch, start, length);
            }
        }
        if (out.length() + block.length() > settings.maxTextChars()) {
            fail(
                    FailureKind.LIMIT_EXCEEDED,
                    "The document holds more than " + settings.maxTextChars()
                            + " characters of text, the configured limit");
        }
    }

    private int flushBlock() {
        if (block.length() == 0) {
            return -1;
        }
        int start = out.block(block.toString());
        block.setLength(0);
        return start;
    }

    private void checkCancelled() throws SAXException {
        if (failure != null) {
            throw failure; // keep failing: parsers of embedded documents swallow exceptions
        }
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            fail(FailureKind.TIMEOUT, "cancelled");
        }
    }

    /**
     * Records the first limit hit and throws it. Tika catches exceptions from embedded documents
     * (archive entries, attachments) and carries on, so the failure is also kept here and checked
     * once the parse returns.
     */
    private void fail(FailureKind kind, String reason) throws LimitExceededException {
        if (failure == null) {
            failure = new LimitExceededException(kind, reason);
        }
        throw failure;
    }

    /** The limit this parse hit, if any, even if a parser swallowed the exception. */
    LimitExceededException failure() {
        return failure;
    }

    StructuredText result() {
        flushBlock();
        out.endPage();
        String text = out.text();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : text.length();
            out.section(new Section("s" + (i + 1), h.title(), h.start(), end));
        }
        return out.build();
    }
}
