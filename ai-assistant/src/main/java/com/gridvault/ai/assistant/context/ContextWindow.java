package com.gridvault.ai.assistant.context;

import com.gridvault.ai.assistant.prompt.PromptText;
import com.gridvault.ai.router.AiRouterException;
import com.gridvault.ai.router.CallContext;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fits a conversation into a model's window. The leading system messages and the current message
 * (which carries the sources and the question) are never cut; history is kept newest first, in
 * whole turns (a user message and the answers after it), and the room for the answer is reserved.
 * When turns must be dropped and a {@link Summarizer} is available, they are replaced by one
 * summary message, whose room is reserved before the turns to keep are chosen. Thread-safe.
 */
public final class ContextWindow {

    private static final Logger LOG = Logger.getLogger(ContextWindow.class.getName());
    private static final String SUMMARY_INTRO =
            "Summary of the earlier part of this conversation (older turns no longer fit; context only):\n";

    private final TokenCounter counter;
    private final Summarizer summarizer;

    /**
     * Creates a window that summarizes dropped turns.
     *
     * @param counter the token counter
     * @param summarizer the summarizer, or null to drop turns without a summary
     */
    public ContextWindow(TokenCounter counter, Summarizer summarizer) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.summarizer = summarizer;
    }

    /**
     * Returns the token counter.
     *
     * @return the counter
     */
    public TokenCounter counter() {
        return counter;
    }

    /**
     * Fits a conversation.
     *
     * @param ctx the caller, for the summary call
     * @param leading the system messages that come first, never cut
     * @param history the earlier turns, oldest first
     * @param current the current message, never cut
     * @param limits the window
     * @return the messages to send
     * @throws ContextOverflowException when the leading and current messages alone do not fit
     */
    public FittedConversation fit(
            CallContext ctx,
            List<ChatMessage> leading,
            List<ChatMessage> history,
            ChatMessage current,
            WindowLimits limits) {
        List<ChatMessage> fixed = new ArrayList<>(leading);
        fixed.add(current);
        int fixedTokens = counter.count(fixed);
        int budget = limits.promptTokens();
        if (fixedTokens > budget) {
            throw new ContextOverflowException(fixedTokens, budget);
        }
        List<List<ChatMessage>> turns = turns(history);
        int keptTurns = turnsThatFit(turns, budget - fixedTokens);
        if (keptTurns == turns.size()) {
            return assemble(leading, null, turns, keptTurns, current, false);
        }
        int summaryRoom = limits.summaryTokens() + counter.count(summaryMessage(""));
        if (summarizer == null || fixedTokens + summaryRoom > budget) {
            return assemble(leading, null, turns, keptTurns, current, false);
        }
        keptTurns = turnsThatFit(turns, budget - fixedTokens - summaryRoom);
        List<ChatMessage> dropped = new ArrayList<>();
        turns.subList(0, turns.size() - keptTurns).forEach(dropped::addAll);
        ChatMessage summary = summary(ctx, dropped, limits.summaryTokens());
        return assemble(leading, summary, turns, keptTurns, current, summary != null);
    }

    private ChatMessage summary(CallContext ctx, List<ChatMessage> dropped, int maxTokens) {
        String text;
        try {
            text = summarizer.summarize(ctx, dropped, maxTokens);
        } catch (AiRouterException e) {
            LOG.log(Level.INFO, "No summary of dropped conversation turns: {0}", e.getMessage());
            return null;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        // The model may overshoot maxTokens by our count; the reserved room is what must hold.
        String fitted = counter.truncate(PromptText.escape(text.strip()), maxTokens);
        return summaryMessage(fitted);
    }

    private static ChatMessage summaryMessage(String escapedSummary) {
        return ChatMessage.system(
                SUMMARY_INTRO + "<conversation_summary>\n" + escapedSummary + "\n</conversation_summary>");
    }

    private int turnsThatFit(List<List<ChatMessage>> turns, int room) {
        int used = 0;
        int kept = 0;
        for (int i = turns.size() - 1; i >= 0; i--) {
            int size = 0;
            for (ChatMessage message : turns.get(i)) {
                size += counter.count(message);
            }
            if (used + size > room) {
                break;
            }
            used += size;
            kept++;
        }
        return kept;
    }

    private FittedConversation assemble(
            List<ChatMessage> leading,
            ChatMessage summary,
            List<List<ChatMessage>> turns,
            int keptTurns,
            ChatMessage current,
            boolean summarized) {
        List<ChatMessage> messages = new ArrayList<>(leading);
        if (summary != null) {
            messages.add(summary);
        }
        int kept = 0;
        int dropped = 0;
        for (int i = 0; i < turns.size(); i++) {
            if (i >= turns.size() - keptTurns) {
                messages.addAll(turns.get(i));
                kept += turns.get(i).size();
            } else {
                dropped += turns.get(i).size();
            }
        }
        messages.add(current);
        return new FittedConversation(messages, counter.count(messages), kept, dropped, summarized);
    }

    /** Splits history into turns, each starting at a user message. */
    private static List<List<ChatMessage>> turns(List<ChatMessage> history) {
        List<List<ChatMessage>> turns = new ArrayList<>();
        List<ChatMessage> turn = new ArrayList<>();
        for (ChatMessage message : history) {
            if (message.role() == ChatRole.USER && !turn.isEmpty()) {
                turns.add(turn);
                turn = new ArrayList<>();
            }
            turn.add(message);
        }
        if (!turn.isEmpty()) {
            turns.add(turn);
        }
        return turns;
    }
}
