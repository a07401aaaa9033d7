package com.gridvault.documents.ingest.sec;

import com.gridvault.documents.ingest.tables.Table;
import com.gridvault.documents.ingest.text.Section;
import com.gridvault.documents.ingest.text.StructuredText;
import com.gridvault.documents.ingest.text.StructuredTextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses an EDGAR filing's primary document (HTML or inline XBRL) into a {@link Filing}: form
 * and company from the inline XBRL cover facts (falling back to the cover page text), text with
 * pages and tables, and one {@link Section} per item. Stateless and thread-safe.
 */
public final class EdgarFilingParser {
    /** Fast: sections carry text offsets only ({@link Section#sourceStart()} is -1). */
    public static final EdgarFilingParser DEFAULT = new EdgarFilingParser(false);
    /** Also records where each section lies in the HTML source; costs about a third more time. */
    public static final EdgarFilingParser WITH_SOURCE_OFFSETS = new EdgarFilingParser(true);

    private static final Pattern FORM_IN_TEXT =
            Pattern.compile("\\bFORM\\s+(10-K|10-Q|8-K)\\b", Pattern.CASE_INSENSITIVE);
    private static final int COVER_BLOCKS = 80;

    private final boolean trackSource;

    private EdgarFilingParser(boolean trackSource) {
        this.trackSource = trackSource;
    }

    /**
     * A cheap test on the start of an HTML document (give it a few hundred KB: inline XBRL puts
     * its hidden facts first): does it look like an EDGAR filing?
     */
    public static boolean looksLikeFiling(String htmlPrefix) {
        return htmlPrefix.contains("dei:DocumentType")
                || (FORM_IN_TEXT.matcher(htmlPrefix).find()
                        && htmlPrefix.toLowerCase(Locale.ROOT).contains("securities and exchange commission"));
    }

    public Filing parse(String html) {
        return parse(html, null);
    }

    /** Parses {@code html}; {@code formHint} overrides form detection when not null. */
    public Filing parse(String html, FormType formHint) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(trackSource));
        CoverFacts facts = CoverFacts.read(doc);
        List<Block> blocks = PageFurniture.strip(HtmlBlocks.collect(doc.body(), trackSource));
        FormType form = formHint != null
                ? formHint
                : FormType.fromCode(facts.documentType())
                        .or(() -> formFromText(blocks))
                        .orElse(FormType.FORM_10K);
        String company = facts.registrantName().isEmpty() ? companyFromText(blocks) : facts.registrantName();
        return new Filing(form, company, facts.cik(), assemble(form, blocks, html.length()));
    }

    private static StructuredText assemble(FormType form, List<Block> blocks, int sourceLength) {
        StructuredTextBuilder out = new StructuredTextBuilder();
        out.startPage("");
        int[] textStart = new int[blocks.size()];
        List<ItemHeading> candidates = new ArrayList<>();
        int part = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            textStart[i] = out.length();
            switch (b.kind()) {
                case PAGE_BREAK -> {
                    if (out.length() > 0) {
                        out.startPage("");
                    }
                }
                case TABLE -> {
                    Table t = out.table(b.table().rows(), b.table().headerRows());
                    textStart[i] = t == null ? out.length() : t.start();
                }
                case TEXT -> {
                    int start = out.block(b.text());
                    textStart[i] = start < 0 ? out.length() : start;
                    int p = ItemCatalog.part(b.text());
                    if (p > 0) {
                        part = p;
                    }
                    ItemHeading h = ItemCatalog.heading(form, part, i, b.text());
                    if (h != null) {
                        candidates.add(h);
                    }
                }
            }
        }
        String text = out.text();
        int[] gaps = new int[Math.max(candidates.size() - 1, 0)];
        for (int i = 0; i < gaps.length; i++) {
            int from = candidates.get(i).blockIndex();
            int to = candidates.get(i + 1).blockIndex();
            gaps[i] = textStart[to] - textStart[from] - blocks.get(from).text().length();
        }
        List<ItemHeading> headings = HeadingSelector.select(candidates, gaps);
        for (int i = 0; i < headings.size(); i++) {
            ItemHeading h = headings.get(i);
            int start = textStart[h.blockIndex()];
            boolean last = i == headings.size() - 1;
            int end = last ? text.length() : textStart[headings.get(i + 1).blockIndex()];
            int sourceStart = blocks.get(h.blockIndex()).sourceStart();
            int sourceEnd = last
                    ? sourceLength
                    : blocks.get(headings.get(i + 1).blockIndex()).sourceStart();
            out.section(new Section(h.id(), title(form, h, blocks), start, end, sourceStart, sourceEnd));
        }
        return out.build();
    }

    private static String title(FormType form, ItemHeading h, List<Block> blocks) {
        if (!h.title().isEmpty()) {
            return h.title();
        }
        int next = h.blockIndex() + 1;
        if (next < blocks.size()
                && blocks.get(next).isText()
                && blocks.get(next).text().length() <= 160) {
            return blocks.get(next).text();
        }
        return ItemCatalog.defaultTitle(form, h.id());
    }

    private static Optional<FormType> formFromText(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), COVER_BLOCKS); i++) {
            Matcher m = FORM_IN_TEXT.matcher(blocks.get(i).text());
            if (m.find()) {
                return FormType.fromCode(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String companyFromText(List<Block> blocks) {
        for (int i = 1; i < Math.min(blocks.size(), COVER_BLOCKS); i++) {
            if (blocks.get(i).text().toLowerCase(Locale.ROOT).contains("exact name of registrant")) {
                return blocks.get(i - 1).text();
            }
        }
        return "";
    }

    /** Cover-page facts tagged with inline XBRL ({@code dei:*}). */
    record CoverFacts(String documentType, String registrantName, String cik) {
        static CoverFacts read(Document doc) {
            String type = "";
            String name = "";
            String cik = "";
            for (Element e : doc.getElementsByTag("ix:nonnumeric")) {
                switch (e.attr("name")) {
                    case "dei:DocumentType" -> type = type.isEmpty() ? e.text().strip() : type;
                    case "dei:EntityRegistrantName" ->
                        name = name.isEmpty() ? e.text().strip() : name;
                    case "dei:EntityCentralIndexKey" ->
                        cik = cik.isEmpty() ? e.text().strip() : cik;
                    default -> {}
                }
            }
            return new CoverFacts(type, name, cik);
        }
    }
}
