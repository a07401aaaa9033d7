package com.gridvault.documents.ingest.sec;

import com.gridvault.documents.ingest.tables.HtmlTables;
import com.gridvault.documents.ingest.tables.TableCleaner;
import com.gridvault.documents.ingest.tables.TableCleaner.CleanTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Flattens filing HTML into {@link Block}s. Block-level elements end a block, inline ones (spans,
 * inline XBRL {@code ix:*} tags) are read through; hidden content ({@code display:none}, the
 * {@code ix:header}) is skipped; page breaks become blocks; tables with at least two rows and two
 * columns become data tables, smaller ones (layout tables) are read as text, one block per row.
 */
final class HtmlBlocks implements NodeFilter {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "div",
            "p",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "tr",
            "td",
            "th",
            "hr",
            "center",
            "blockquote",
            "pre",
            "section",
            "article",
            "body",
            "dl",
            "dt",
            "dd");
    private static final Set<String> SKIPPED_TAGS =
            Set.of("script", "style", "head", "title", "ix:header", "noscript", "template");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentSource = -1;
    private final boolean trackSource;

    private HtmlBlocks(boolean trackSource) {
        this.trackSource = trackSource;
    }

    /** Blocks of {@code body}; with {@code trackSource}, each knows its offset in the HTML source. */
    static List<Block> collect(Element body, boolean trackSource) {
        HtmlBlocks collector = new HtmlBlocks(trackSource);
        NodeTraversor.filter(collector, body);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (trackSource && currentSource < 0 && !text.isBlank()) {
                currentSource = text.sourceRange().startPos();
            }
            current.append(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        String tag = element.normalName();
        String style = relevantStyle(element);
        if (SKIPPED_TAGS.contains(tag) || style.contains("display:none")) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (style.contains("page-break-before:always") || style.contains("break-before:page")) {
            flush();
            blocks.add(Block.pageBreak(element.sourceRange().startPos()));
        }
        if (tag.equals("table")) {
            flush();
            table(element);
            afterPageBreak(element, style);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (BLOCK_TAGS.contains(element.normalName())) {
                flush();
            }
            afterPageBreak(
                    element, element.attr("style").toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        return FilterResult.CONTINUE;
    }

    /**
     * The element's style, normalised, if it can matter here (display or page breaks); else "".
     * Filings put long inline styles on every span, so most are skipped without copying.
     */
    private static String relevantStyle(Element element) {
        if (!element.hasAttr("style")) {
            return "";
        }
        String style = element.attr("style");
        if (!containsIgnoreCase(style, "display") && !containsIgnoreCase(style, "break")) {
            return "";
        }
        return style.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        // indexOf is an intrinsic; styles are almost always lower case, sometimes upper or title case
        return haystack.contains(needle)
                || haystack.contains(needle.toUpperCase(Locale.ROOT))
                || haystack.contains(Character.toUpperCase(needle.charAt(0)) + needle.substring(1));
    }

    private void afterPageBreak(Element element, String style) {
        if (style.contains("page-break-after:always") || style.contains("break-after:page")) {
            flush();
            blocks.add(Block.pageBreak(element.sourceRange().endPos()));
        }
    }

    private void table(Element table) {
        HtmlTables.RawTable raw = HtmlTables.read(table);
        CleanTable clean = TableCleaner.DEFAULT.tidy(raw.grid(), raw.headerMarks());
        int start = table.sourceRange().startPos();
        int columns = clean.rows().stream().mapToInt(List::size).max().orElse(0);
        if (clean.rows().size() >= 2 && columns >= 2) {
            blocks.add(Block.table(clean, start));
            return;
        }
        for (List<String> row : clean.rows()) {
            String line =
                    String.join(" ", row.stream().filter(c -> !c.isEmpty()).toList());
            if (!line.isBlank()) {
                blocks.add(Block.text(line, trackSource ? firstTextPosition(table, start) : -1));
            }
        }
    }

    private static int firstTextPosition(Element element, int fallback) {
        for (Element e : element.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                if (!t.isBlank()) {
                    return t.sourceRange().startPos();
                }
            }
        }
        return fallback;
    }

    private void flush() {
        if (current.length() > 0) {
            String text = TableCleaner.cleanCell(current.toString());
            if (!text.isEmpty()) {
                blocks.add(Block.text(text, currentSource));
            }
            current.setLength(0);
        }
        currentSource = -1;
    }
}
