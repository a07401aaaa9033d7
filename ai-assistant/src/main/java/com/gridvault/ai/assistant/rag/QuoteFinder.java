package com.gridvault.ai.assistant.rag;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the sentence of a source that shares the most words (of four letters or more, and numbers)
 * with the sentence of the answer that cites it: a cheap pointer for the reader, not a proof.
 */
final class QuoteFinder {

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}.%]+");
    private static final int MAX_QUOTE = 300;

    private QuoteFinder() {}

    static String quote(String source, String citingSentence) {
        Set<String> wanted = words(citingSentence);
        String best = null;
        int bestScore = 0;
        for (String sentence : SENTENCES.split(source)) {
            Set<String> have = words(sentence);
            have.retainAll(wanted);
            if (have.size() > bestScore) {
                bestScore = have.size();
                best = sentence.strip();
            }
        }
        if (best == null) {
            return null;
        }
        return best.length() <= MAX_QUOTE ? best : best.substring(0, MAX_QUOTE) + "…";
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            String w = word.replaceAll("^\\.+|\\.+$", "");
            if (w.length() >= 4 || (!w.isEmpty() && Character.isDigit(w.charAt(0)))) {
                words.add(w);
            }
        }
        return words;
    }
}
