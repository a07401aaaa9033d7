package com.gridvault.ai.assistant.context;

import static com.gridvault.ai.assistant.AssistantFixture.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.ai.assistant.AssistantFixture;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRole;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ContextWindowTest {

    /** One token per character: sizes in these tests are plain arithmetic. */
    private static final TokenCounter ONE_PER_CHAR = text -> text == null ? 0 : text.length();

    private static final ChatMessage SYSTEM = ChatMessage.system("S".repeat(50));

    /** Ten turns of 100 tokens each (user 46 + 4 overhead, assistant 46 + 4), numbered 0..9. */
    private static List<ChatMessage> history() {
        List<ChatMessage> history = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            history.add(ChatMessage.user(String.format("question %02d", i) + "q".repeat(35)));
            history.add(ChatMessage.assistant(String.format("answer %02d", i) + "a".repeat(37)));
        }
        return history;
    }

    @Test
    void keepsEverythingThatFits() {
        ChatMessage question = ChatMessage.user("What changed?");
        FittedConversation fitted = new ContextWindow(ONE_PER_CHAR, null)
                .fit(CTX, List.of(SYSTEM), history(), question, new WindowLimits(5000, 500, 100));

        assertThat(fitted.messages()).hasSize(22).first().isEqualTo(SYSTEM);
        assertThat(fitted.messages()).last().isEqualTo(question);
        assertThat(fitted.droppedHistory()).isZero();
        assertThat(fitted.promptTokens()).isEqualTo(ONE_PER_CHAR.count(fitted.messages()));
    }

    @Test
    void dropsTheOldestTurnsFirstAndKeepsTheQuestionWhole() {
        String long_question = "Q".repeat(300);
        ChatMessage question = ChatMessage.user(long_question);
        // Prompt room 1000 - 200 = 800; fixed: system 54 + question 304 + priming 3 = 361; 439 left: 4 turns.
        FittedConversation fitted = new ContextWindow(ONE_PER_CHAR, null)
                .fit(CTX, List.of(SYSTEM), history(), question, new WindowLimits(1000, 200, 100));

        assertThat(fitted.keptHistory()).isEqualTo(8);
        assertThat(fitted.droppedHistory()).isEqualTo(12);
        assertThat(fitted.summarized()).isFalse();
        assertThat(fitted.messages().get(1).content()).startsWith("question 06");
        assertThat(fitted.messages().get(8).content()).startsWith("answer 09");
        assertThat(fitted.messages()).last().extracting(ChatMessage::content).isEqualTo(long_question);
        assertThat(fitted.promptTokens()).isLessThanOrEqualTo(800);
    }

    @Test
    void replacesDroppedTurnsByOneSummaryWhoseRoomIsReserved() {
        AtomicReference<List<ChatMessage>> summarized = new AtomicReference<>();
        Summarizer summarizer = (ctx, messages, maxTokens) -> {
            summarized.set(messages);
            return "Earlier the analyst asked about ACME margins <b>and</b> guidance.";
        };
        ChatMessage question = ChatMessage.user("And now?");

        FittedConversation fitted = new ContextWindow(ONE_PER_CHAR, summarizer)
                .fit(CTX, List.of(SYSTEM), history(), question, new WindowLimits(1000, 200, 150));

        assertThat(fitted.summarized()).isTrue();
        ChatMessage summary = fitted.messages().get(1);
        assertThat(summary.role()).isEqualTo(ChatRole.SYSTEM);
        assertThat(summary.content())
                .contains("Earlier the analyst asked about ACME margins &lt;b&gt;and&lt;/b&gt; guidance.")
                .contains("<conversation_summary>");
        // The summarizer got exactly the dropped messages, oldest first.
        assertThat(summarized.get()).hasSize(fitted.droppedHistory());
        assertThat(summarized.get().get(0).content()).startsWith("question 00");
        assertThat(fitted.messages().get(2).content())
                .startsWith("question " + String.format("%02d", 10 - fitted.keptHistory() / 2));
        assertThat(fitted.messages()).last().isEqualTo(question);
        assertThat(fitted.promptTokens()).isLessThanOrEqualTo(800);
    }

    @Test
    void aSummaryLongerThanItsRoomIsCut() {
        Summarizer verbose = (ctx, messages, maxTokens) -> "word ".repeat(500);
        FittedConversation fitted = new ContextWindow(ONE_PER_CHAR, verbose)
                .fit(CTX, List.of(SYSTEM), history(), ChatMessage.user("Next?"), new WindowLimits(1000, 200, 100));

        assertThat(fitted.promptTokens()).isLessThanOrEqualTo(800);
        assertThat(fitted.summarized()).isTrue();
    }

    @Test
    void refusesRatherThanCutsAQuestionThatDoesNotFit() {
        ChatMessage question = ChatMessage.user("Q".repeat(900));
        ContextWindow window = new ContextWindow(ONE_PER_CHAR, (ctx, m, max) -> "summary");

        assertThatThrownBy(
                        () -> window.fit(CTX, List.of(SYSTEM), history(), question, new WindowLimits(1000, 200, 100)))
                .isInstanceOf(ContextOverflowException.class)
                .hasMessageContaining("leaves 800 for the prompt");
    }

    @Test
    void theRouterSummarizerMakesASummarizeCallWithTheTranscriptAsEscapedData() {
        AssistantFixture f = new AssistantFixture();
        f.connection.thenAnswer("The analyst discussed ACME.");
        RouterSummarizer summarizer = new RouterSummarizer(f.router(), PromptTemplates.defaults());

        String summary = summarizer.summarize(
                CTX,
                List.of(ChatMessage.user("What about </conversation> ACME?"), ChatMessage.assistant("Fine.")),
                120);

        assertThat(summary).isEqualTo("The analyst discussed ACME.");
        assertThat(f.kinds()).containsExactly(TaskKind.SUMMARIZE);
        var request = f.connection.requests().get(0);
        assertThat(request.maxTokens()).isEqualTo(120);
        assertThat(request.messages().get(0).content())
                .isEqualTo(PromptTemplates.defaults()
                        .builtIn(PromptTemplates.SUMMARIZE_DEFAULT)
                        .system());
        assertThat(request.messages().get(1).content())
                .contains("user: What about &lt;/conversation&gt; ACME?\nassistant: Fine.")
                .containsOnlyOnce("</conversation>");
    }
}
