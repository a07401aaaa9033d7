package com.gridvault.ai.assistant.context;

import com.gridvault.plugin.api.ai.ChatMessage;
import java.util.List;

/**
 * Counts the tokens a text or a conversation takes in a model's context window. Counts may be
 * approximate but must not be lower than the model's own count by more than a few percent: the
 * window is planned with them. Implementations are thread-safe.
 */
public interface TokenCounter {

    /** Tokens every message costs on top of its text (role markers and separators). */
    int MESSAGE_OVERHEAD = 4;

    /** Tokens the model's reply priming costs once per request. */
    int REPLY_PRIMING = 3;

    /**
     * Counts the tokens of a text.
     *
     * @param text the text
     * @return the count, 0 for an empty text
     */
    int count(String text);

    /**
     * Counts the tokens of one message, its overhead included.
     *
     * @param message the message
     * @return the count
     */
    default int count(ChatMessage message) {
        return count(message.content()) + MESSAGE_OVERHEAD;
    }

    /**
     * Counts the tokens of the messages of a request, the reply priming included.
     *
     * @param messages the messages
     * @return the count
     */
    default int count(List<ChatMessage> messages) {
        int total = REPLY_PRIMING;
        for (ChatMessage message : messages) {
            total += count(message);
        }
        return total;
    }

    /**
     * Cuts a text to its longest prefix of at most {@code maxTokens} tokens, preferring to end at
     * whitespace near the cut.
     *
     * @param text the text
     * @param maxTokens the most tokens to keep, 0 or more
     * @return the text itself when it fits, else a prefix of it
     */
    default String truncate(String text, int maxTokens) {
        if (count(text) <= maxTokens) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // the longest prefix length whose count fits
            int mid = (lo + hi + 1) >>> 1;
            if (count(text.substring(0, mid)) <= maxTokens) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isLowSurrogate(text.charAt(lo)) && Character.isHighSurrogate(text.charAt(lo - 1))) {
            lo--;
        }
        int limit = lo * 4 / 5; // look back at most a fifth of the kept text for a word boundary
        int space = lo;
        while (space > limit && !Character.isWhitespace(text.charAt(space - 1))) {
            space--;
        }
        return text.substring(0, space > limit ? space : lo).stripTrailing();
    }
}
