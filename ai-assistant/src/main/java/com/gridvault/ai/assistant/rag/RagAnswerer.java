package com.gridvault.ai.assistant.rag;

import com.gridvault.ai.assistant.context.ContextWindow;
import com.gridvault.ai.assistant.context.FittedConversation;
import com.gridvault.ai.assistant.context.TokenCounter;
import com.gridvault.ai.assistant.context.WindowLimits;
import com.gridvault.ai.assistant.prompt.PromptRef;
import com.gridvault.ai.assistant.prompt.PromptTemplate;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.assistant.prompt.PromptText;
import com.gridvault.ai.assistant.prompt.RenderedPrompt;
import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.CallContext;
import com.gridvault.ai.router.RoutedResponse;
import com.gridvault.ai.router.RoutedStream;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers questions from a workspace's documents with citations.
 *
 * <ol>
 *   <li>Retrieve the top k passages; drop those below the minimum score. When none is left, answer
 *       "not found" without calling a model.
 *   <li>Number the passages [1]..[n] as escaped {@code <source>} blocks, as many as fit the sources'
 *       share of the window (the first is cut to fit when it alone is too long).
 *   <li>Fill the organization's template (system part verbatim, sources and question in the user
 *       message), fit the history into the window, and ask the router ({@link TaskKind#CHAT}).
 *   <li>Map the answer's {@code [n]} citations to the passages; numbers naming no source are
 *       reported as invalid.
 * </ol>
 *
 * Thread-safe.
 */
public final class RagAnswerer {

    private final AiRouter router;
    private final Retriever retriever;
    private final PromptTemplates templates;
    private final ContextWindow window;
    private final RagSettings settings;

    /**
     * Creates the answerer.
     *
     * @param router the router
     * @param retriever the retriever
     * @param templates the prompt templates
     * @param window the context window (its counter and summarizer)
     * @param settings the settings
     */
    public RagAnswerer(
            AiRouter router,
            Retriever retriever,
            PromptTemplates templates,
            ContextWindow window,
            RagSettings settings) {
        this.router = Objects.requireNonNull(router, "router");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.window = Objects.requireNonNull(window, "window");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Answers a question and waits for the whole answer.
     *
     * @param ctx the calling organization and user
     * @param question the question
     * @return the answer
     * @throws com.gridvault.ai.assistant.context.ContextOverflowException when the question alone
     *     does not fit the window
     * @throws com.gridvault.ai.router.AiRouterException when the model call fails
     */
    public Answer answer(CallContext ctx, Question question) {
        Prepared prepared = prepare(ctx, question);
        if (prepared.request() == null) {
            return notFound(prepared.ref());
        }
        return prepared.answer(router.chat(ctx, TaskKind.CHAT, prepared.request()));
    }

    /**
     * Answers a question as a stream. The listener gets the text as it arrives (the not-found
     * message as a single piece); the returned handle gives the answer with its citations.
     *
     * @param ctx the calling organization and user
     * @param question the question
     * @param listener receives the text
     * @return the running answer; {@code cancel()} cancels the upstream model call
     * @throws com.gridvault.ai.assistant.context.ContextOverflowException when the question alone
     *     does not fit the window
     */
    public StreamingAnswer answerStreaming(CallContext ctx, Question question, AnswerListener listener) {
        Objects.requireNonNull(listener, "listener");
        Prepared prepared = prepare(ctx, question);
        if (prepared.request() == null) {
            Answer answer = notFound(prepared.ref());
            listener.onText(answer.text());
            return new Done(answer);
        }
        RoutedStream stream = router.stream(ctx, TaskKind.CHAT, prepared.request(), delta -> {
            if (!delta.content().isEmpty()) {
                listener.onText(delta.content());
            }
        });
        CompletionStage<Answer> result = stream.result().thenApply(prepared::answer);
        return new Running(stream, result);
    }

    private Prepared prepare(CallContext ctx, Question question) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(question, "question");
        if (!PromptTemplates.specs().containsKey(question.templateId())
                || !PromptTemplates.specs()
                        .get(question.templateId())
                        .required()
                        .contains("sources")) {
            throw new IllegalArgumentException(
                    "Template " + question.templateId() + " does not take sources; use an analyst template");
        }
        PromptTemplate template = templates.active(ctx.orgId(), question.templateId());
        List<Passage> relevant = new ArrayList<>();
        for (Passage p : retriever.retrieve(ctx.orgId(), question.workspaceId(), question.text(), settings.topK())) {
            if (p.score() >= settings.minScore() && !p.text().isBlank()) {
                relevant.add(p);
            }
        }
        if (relevant.isEmpty()) {
            return new Prepared(template.ref(), List.of(), null);
        }
        WindowLimits limits = settings.limits();
        List<Passage> used = new ArrayList<>();
        String sources = sources(relevant, used, (int) (limits.promptTokens() * settings.sourceShare()));
        RenderedPrompt prompt = template.render(Map.of(
                "sources",
                sources,
                "question",
                PromptText.escape(question.text().strip())));
        FittedConversation fitted = window.fit(
                ctx,
                List.of(ChatMessage.system(prompt.system())),
                question.history(),
                ChatMessage.user(prompt.user()),
                limits);
        ChatRequest request = ChatRequest.builder()
                .messages(fitted.messages())
                .maxTokens(limits.answerTokens())
                .build();
        return new Prepared(template.ref(), used, request);
    }

    private String sources(List<Passage> relevant, List<Passage> used, int room) {
        TokenCounter counter = window.counter();
        List<String> blocks = new ArrayList<>();
        int tokens = 0;
        for (Passage p : relevant) {
            String block = SourceBlocks.block(used.size() + 1, p);
            int size = counter.count(block) + 2;
            if (tokens + size > room) {
                if (!blocks.isEmpty()) {
                    break;
                }
                // The best passage alone is too long: keep its beginning rather than nothing.
                int overhead = counter.count(SourceBlocks.block(1, p, "")) + 2;
                block = SourceBlocks.block(1, p, counter.truncate(p.text(), Math.max(0, room - overhead)));
                size = room;
            }
            blocks.add(block);
            used.add(p);
            tokens += size;
        }
        return SourceBlocks.join(blocks);
    }

    private Answer notFound(PromptRef ref) {
        return new Answer(settings.notFoundText(), List.of(), List.of(), ref, TokenUsage.UNKNOWN, null, null, false);
    }

    /** A prepared request, or a not-found outcome when {@code request} is null. */
    private record Prepared(PromptRef ref, List<Passage> sources, ChatRequest request) {

        Answer answer(RoutedResponse routed) {
            String text = routed.content();
            CitationParser.Parsed parsed = CitationParser.parse(text, sources.size());
            List<Citation> citations = new ArrayList<>();
            parsed.valid().forEach((number, sentence) -> {
                Passage p = sources.get(number - 1);
                citations.add(new Citation(
                        number,
                        p.chunkId(),
                        p.documentId(),
                        p.documentTitle(),
                        p.page(),
                        p.sectionId(),
                        p.sectionTitle(),
                        QuoteFinder.quote(p.text(), sentence)));
            });
            return new Answer(
                    text,
                    citations,
                    parsed.invalid(),
                    ref,
                    routed.response().usage(),
                    routed.route().configId(),
                    routed.response().model(),
                    !citations.isEmpty());
        }
    }

    private record Running(RoutedStream stream, CompletionStage<Answer> result) implements StreamingAnswer {
        @Override
        public void cancel() {
            stream.cancel();
        }

        @Override
        public boolean isDone() {
            return stream.isDone();
        }
    }

    private record Done(Answer answer) implements StreamingAnswer {
        @Override
        public void cancel() {}

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public CompletionStage<Answer> result() {
            return CompletableFuture.completedFuture(answer);
        }
    }
}
