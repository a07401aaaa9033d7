package com.gridvault.ai.assistant.prompt;

/**
 * Makes untrusted text (documents, questions, transcripts) safe to place inside the tag-delimited
 * blocks of a prompt: {@code &}, {@code <} and {@code >} become entities, so the text can neither
 * close its block nor open a new tag or a chat-template marker such as {@code <|im_start|>}.
 */
public final class PromptText {

    private PromptText() {}

    /**
     * Escapes text for the inside of a block.
     *
     * @param text the untrusted text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes text for an attribute value in double quotes.
     *
     * @param text the untrusted text
     * @return the escaped text, line breaks folded to spaces
     */
    public static String attribute(String text) {
        return escape(text).replace("\"", "&quot;").replace('\n', ' ').replace('\r', ' ');
    }
}
