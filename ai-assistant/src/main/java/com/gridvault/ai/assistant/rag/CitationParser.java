package com.gridvault.ai.assistant.rag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code [n]} and {@code [n, m]} citations in an answer and sorts them into numbers that name
 * a given source and numbers that do not.
 */
final class CitationParser {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n](?=\\s|$)");

    /**
     * The outcome.
     *
     * @param valid the valid numbers in order of first mention, each with the sentence that first
     *     cites it
     * @param invalid the numbers naming no source, ascending
     */
    record Parsed(Map<Integer, String> valid, List<Integer> invalid) {}

    private CitationParser() {}

    static Parsed parse(String answer, int sourceCount) {
        Map<Integer, String> valid = new LinkedHashMap<>();
        TreeSet<Integer> invalid = new TreeSet<>();
        Matcher m = CITATION.matcher(answer);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                int number = Integer.parseInt(part.strip());
                if (number >= 1 && number <= sourceCount) {
                    valid.putIfAbsent(number, sentenceAround(answer, m.start()));
                } else {
                    invalid.add(number);
                }
            }
        }
        return new Parsed(valid, new ArrayList<>(invalid));
    }

    /** The sentence of the answer that contains a position, citations removed. */
    private static String sentenceAround(String text, int position) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            if (end.end() <= position) {
                start = end.end();
            } else {
                return clean(text.substring(start, end.end()));
            }
        }
        return clean(text.substring(start));
    }

    private static String clean(String sentence) {
        return CITATION.matcher(sentence).replaceAll("").strip();
    }
}
