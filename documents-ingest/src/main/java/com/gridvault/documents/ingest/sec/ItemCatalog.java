package com.gridvault.documents.ingest.sec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of each form, their canonical order and titles, and the heading patterns filers use:
 * "ITEM 1A.", "Item 1A —", "Item 1A:", "ITEM 1A" followed by the title in the same or next block.
 */
final class ItemCatalog {
    static final List<String> TEN_K_ITEMS = List.of(
            "1", "1A", "1B", "1C", "2", "3", "4", "5", "6", "7", "7A", "8", "9", "9A", "9B", "9C", "10", "11", "12",
            "13", "14", "15", "16");
    static final List<String> TEN_Q_PART1 = List.of("1", "2", "3", "4");
    static final List<String> TEN_Q_PART2 = List.of("1", "1A", "2", "3", "4", "5", "6");

    private static final Map<String, String> TEN_K_TITLES = Map.ofEntries(
            Map.entry("1", "Business"),
            Map.entry("1A", "Risk Factors"),
            Map.entry("1B", "Unresolved Staff Comments"),
            Map.entry("1C", "Cybersecurity"),
            Map.entry("2", "Properties"),
            Map.entry("3", "Legal Proceedings"),
            Map.entry("4", "Mine Safety Disclosures"),
            Map.entry("5", "Market for Registrant's Common Equity"),
            Map.entry("6", "[Reserved]"),
            Map.entry("7", "Management's Discussion and Analysis"),
            Map.entry("7A", "Quantitative and Qualitative Disclosures About Market Risk"),
            Map.entry("8", "Financial Statements and Supplementary Data"),
            Map.entry("9", "Changes in and Disagreements with Accountants"),
            Map.entry("9A", "Controls and Procedures"),
            Map.entry("9B", "Other Information"),
            Map.entry("9C", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections"),
            Map.entry("10", "Directors, Executive Officers and Corporate Governance"),
            Map.entry("11", "Executive Compensation"),
            Map.entry("12", "Security Ownership"),
            Map.entry("13", "Certain Relationships and Related Transactions"),
            Map.entry("14", "Principal Accountant Fees and Services"),
            Map.entry("15", "Exhibit and Financial Statement Schedules"),
            Map.entry("16", "Form 10-K Summary"));

    private static final int MAX_HEADING_LENGTH = 220;
    private static final Pattern ITEM = Pattern.compile(
            "^items?\\s*(\\d{1,2})\\s*([a-c])?(?![\\w]|\\.\\d)\\s*[.:\\-—–]*\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_8K =
            Pattern.compile("^items?\\s*(\\d{1,2}\\.\\d{2})(?!\\d)\\s*[.:\\-—–]*\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(
            "^part\\s+(iv|i{1,3}|[1-4])\\b(?![.,]\\s*item)\\s*[.:\\-—–]*\\s*(.{0,120})$", Pattern.CASE_INSENSITIVE);

    private ItemCatalog() {}

    /** The part number (1-4) if {@code text} is a part heading ("PART II — OTHER INFORMATION"). */
    static int part(String text) {
        if (text.length() > 160) {
            return 0;
        }
        Matcher m = PART.matcher(text);
        if (!m.matches() || startsLowerCase(m.group(2))) {
            return 0;
        }
        return switch (m.group(1).toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    /** Parses {@code text} as an item heading of {@code form} in {@code part}, or returns null. */
    static ItemHeading heading(FormType form, int part, int blockIndex, String text) {
        if (text.length() > MAX_HEADING_LENGTH) {
            return null;
        }
        if (form == FormType.FORM_8K) {
            Matcher m = ITEM_8K.matcher(text);
            if (!m.matches() || !titleLike(m.group(2))) {
                return null;
            }
            String id = m.group(1);
            int order = (int) Math.round(Double.parseDouble(id) * 100);
            return new ItemHeading(blockIndex, id, order, cleanTitle(m.group(2)));
        }
        Matcher m = ITEM.matcher(text);
        if (!m.matches() || !titleLike(m.group(3))) {
            return null;
        }
        String item = m.group(1) + (m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT));
        String title = cleanTitle(m.group(3));
        if (form == FormType.FORM_10Q) {
            int p = part <= 1 ? 1 : 2;
            int index = (p == 1 ? TEN_Q_PART1 : TEN_Q_PART2).indexOf(item);
            if (index < 0) {
                return null;
            }
            return new ItemHeading(
                    blockIndex, "part" + p + "item" + item.toLowerCase(Locale.ROOT), p * 100 + index, title);
        }
        int index = TEN_K_ITEMS.indexOf(item);
        return index < 0 ? null : new ItemHeading(blockIndex, item, index, title);
    }

    static String defaultTitle(FormType form, String id) {
        return form == FormType.FORM_10K ? TEN_K_TITLES.getOrDefault(id, "") : "";
    }

    /** A heading's remainder is empty or reads like a title, not a sentence ("Item 7 of this..."). */
    private static boolean titleLike(String rest) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return true;
        }
        char c = r.charAt(0);
        return !startsLowerCase(r) && (Character.isLetter(c) || c == '[' || c == '(' || c == '"' || c == '\u201c');
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    private static String cleanTitle(String title) {
        String t = title.strip();
        // Page references left at the end of a table-of-contents style line.
        return t.replaceAll("\\s+\\d{1,3}$", "").strip();
    }
}
