package com.gridvault.ai.assistant.prompt;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder syntax: {@code {{name}}} with a lower-case name of letters, digits and
 * underscores, spaces inside the braces allowed. Rendering is a single left-to-right pass, so a
 * value that itself contains {@code {{...}}} stays literal text.
 */
final class TemplateRenderer {

    private static final Pattern BRACES = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\s*([a-z][a-z0-9_]*)\\s*");

    private TemplateRenderer() {}

    /**
     * Lists the placeholders of a text in order of first use.
     *
     * @throws InvalidTemplateException for {@code {{...}}} that is not a valid placeholder
     */
    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            names.add(name(m.group(1)));
        }
        return names;
    }

    static String render(String text, Map<String, String> values) {
        Matcher m = BRACES.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            String name = name(m.group(1));
            String value = values.get(name);
            if (value == null) {
                throw new InvalidTemplateException("No value for the placeholder {{" + name + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String name(String inside) {
        Matcher name = NAME.matcher(inside);
        if (!name.matches()) {
            throw new InvalidTemplateException("'{{" + inside + "}}' is not a placeholder: use {{name}} with a"
                    + " lower-case name of letters, digits and underscores");
        }
        return name.group(1);
    }
}
