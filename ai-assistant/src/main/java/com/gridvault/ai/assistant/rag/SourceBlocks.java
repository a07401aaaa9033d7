package com.gridvault.ai.assistant.rag;

import com.gridvault.ai.assistant.prompt.PromptText;
import java.util.List;

/**
 * Writes passages as numbered, delimited data blocks:
 *
 * <pre>{@code
 * <source id="1" document="Q3 report" page="4" section="Outlook">
 * ...escaped text...
 * </source>
 * }</pre>
 *
 * Text and attributes are escaped with {@link PromptText}, so nothing inside a block can close it.
 */
final class SourceBlocks {

    private SourceBlocks() {}

    static String block(int number, Passage p) {
        return block(number, p, p.text());
    }

    static String block(int number, Passage p, String text) {
        StringBuilder out = new StringBuilder(text.length() + 128);
        out.append("<source id=\"").append(number).append('"');
        out.append(" document=\"")
                .append(PromptText.attribute(p.documentTitle()))
                .append('"');
        if (p.page() != null) {
            out.append(" page=\"").append(p.page()).append('"');
        }
        if (p.sectionTitle() != null && !p.sectionTitle().isBlank()) {
            out.append(" section=\"")
                    .append(PromptText.attribute(p.sectionTitle()))
                    .append('"');
        }
        out.append(">\n").append(PromptText.escape(text.strip())).append("\n</source>");
        return out.toString();
    }

    static String join(List<String> blocks) {
        return String.join("\n\n", blocks);
    }
}
