package com.gridvault.excel.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A phrase that points to a model type, with its weight. Matching ignores case and needs word edges. */
record Signal(ModelType type, String phrase, double weight, Pattern pattern) {

    static Signal of(ModelType type, String phrase, double weight) {
        String normalized = normalize(phrase);
        return new Signal(
                type,
                normalized,
                weight,
                Pattern.compile("(?<![a-z0-9])" + Pattern.quote(normalized) + "(?![a-z0-9])"));
    }

    boolean matches(String normalizedText) {
        return normalizedText.contains(phrase)
                && pattern.matcher(normalizedText).find();
    }

    /** Lower case, single spaces, no spaces around {@code /} ("EV / EBITDA" = "ev/ebitda"), {@code &} as "and". */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("&", " and ")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?/ ?", "/")
                .trim();
    }
}
