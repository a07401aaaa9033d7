package com.gridvault.ai.assistant.extract;

import com.gridvault.ai.assistant.context.ContextOverflowException;
import com.gridvault.ai.assistant.context.TokenCounter;
import com.gridvault.ai.assistant.context.WindowLimits;
import com.gridvault.ai.assistant.prompt.PromptTemplate;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.assistant.prompt.PromptText;
import com.gridvault.ai.assistant.prompt.RenderedPrompt;
import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.CallContext;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import com.gridvault.plugin.api.ai.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extracts JSON that follows a schema from a document.
 *
 * <p>The request asks for schema-constrained output ({@link ResponseFormat#jsonSchema}, kind {@link
 * TaskKind#EXTRACT}); the reply is validated with a JSON Schema validator whatever the provider
 * promised. An invalid reply gets exactly one repair attempt: the conversation goes back with the
 * reply and its validation errors. If the repaired reply is still invalid the result says so and
 * lists the errors ({@link ExtractionResult#requireValid()} throws them). A document longer than
 * the window allows is cut: its first part is kept and a note saying so is appended. Thread-safe.
 */
public final class StructuredExtractor {

    /** The most validation errors sent back in a repair request. */
    static final int MAX_REPORTED_ERRORS = 20;

    private static final int SAFETY_TOKENS = 64;

    private final AiRouter router;
    private final PromptTemplates templates;
    private final TokenCounter counter;
    private final WindowLimits limits;

    /**
     * Creates the extractor.
     *
     * @param router the router
     * @param templates the prompt templates
     * @param counter the token counter for cutting long documents
     * @param limits the model's window; {@code answerTokens} is the room for the JSON
     */
    public StructuredExtractor(AiRouter router, PromptTemplates templates, TokenCounter counter, WindowLimits limits) {
        this.router = Objects.requireNonNull(router, "router");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Extracts with the generic {@code extract.default} template.
     *
     * @param ctx the calling organization and user
     * @param schema the JSON Schema as JSON text
     * @param instructions what to extract, possibly empty
     * @param documentText the document
     * @return the result, valid or not
     * @throws IllegalArgumentException when the schema is not a usable JSON Schema
     * @throws com.gridvault.ai.router.AiRouterException when a model call fails
     */
    public ExtractionResult extract(CallContext ctx, String schema, String instructions, String documentText) {
        return extract(
                ctx,
                new ExtractionTask(PromptTemplates.EXTRACT_DEFAULT, "extraction", schema, instructions),
                documentText);
    }

    /**
     * Extracts a backtestable strategy from a research note, see {@link StrategyExtraction}.
     *
     * @param ctx the calling organization and user
     * @param noteText the research note
     * @return the result
     */
    public ExtractionResult extractStrategy(CallContext ctx, String noteText) {
        return extract(ctx, StrategyExtraction.task(), noteText);
    }

    /**
     * Extracts entities, see {@link EntityExtraction}.
     *
     * @param ctx the calling organization and user
     * @param documentText the document
     * @return the result
     */
    public ExtractionResult extractEntities(CallContext ctx, String documentText) {
        return extract(ctx, EntityExtraction.task(), documentText);
    }

    /**
     * Extracts per a task.
     *
     * @param ctx the calling organization and user
     * @param task the template, schema and instructions
     * @param documentText the document
     * @return the result, valid or not
     * @throws IllegalArgumentException when the schema is not a usable JSON Schema
     * @throws ContextOverflowException when instructions and schema leave no room for the document
     * @throws com.gridvault.ai.router.AiRouterException when a model call fails
     */
    public ExtractionResult extract(CallContext ctx, ExtractionTask task, String documentText) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(documentText, "documentText");
        JsonSchemaCheck check = new JsonSchemaCheck(task.schema());
        PromptTemplate template = templates.active(ctx.orgId(), task.templateId());

        String instructions = PromptText.escape(task.instructions());
        int fixed = counter.count(template.system())
                + counter.count(template.user())
                + counter.count(instructions)
                + counter.count(task.schema())
                + SAFETY_TOKENS;
        Cut cut = cut(documentText, limits.promptTokens() - fixed);
        RenderedPrompt prompt = template.render(Map.of("instructions", instructions, "document", cut.text()));

        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(prompt.system()));
        messages.add(ChatMessage.user(prompt.user()));
        ResponseFormat format = ResponseFormat.jsonSchema(task.schemaName(), task.schema());

        String first = call(ctx, messages, format);
        JsonSchemaCheck.Outcome outcome = check.check(first);
        if (outcome.errors().isEmpty()) {
            return new ExtractionResult(outcome.json(), true, List.of(), 1, cut.truncated());
        }
        messages.add(ChatMessage.assistant(first));
        messages.add(ChatMessage.user(repairRequest(outcome.errors())));
        JsonSchemaCheck.Outcome repaired = check.check(call(ctx, messages, format));
        return new ExtractionResult(
                repaired.json(), repaired.errors().isEmpty(), repaired.errors(), 2, cut.truncated());
    }

    private String call(CallContext ctx, List<ChatMessage> messages, ResponseFormat format) {
        ChatRequest request = ChatRequest.builder()
                .messages(messages)
                .temperature(0.0)
                .maxTokens(limits.answerTokens())
                .responseFormat(format)
                .build();
        return router.chat(ctx, TaskKind.EXTRACT, request).content();
    }

    static String repairRequest(List<String> errors) {
        StringBuilder text =
                new StringBuilder("Your reply does not match the required JSON schema. The validator reported:\n");
        errors.stream()
                .limit(MAX_REPORTED_ERRORS)
                .forEach(e -> text.append("- ").append(PromptText.escape(e)).append('\n'));
        if (errors.size() > MAX_REPORTED_ERRORS) {
            text.append("- ... and ")
                    .append(errors.size() - MAX_REPORTED_ERRORS)
                    .append(" more\n");
        }
        return text.append("Reply again with the complete corrected JSON only, no prose and no code fences.")
                .toString();
    }

    private record Cut(String text, boolean truncated) {}

    private Cut cut(String document, int room) {
        String escaped = PromptText.escape(document);
        int total = counter.count(escaped);
        if (total <= room) {
            return new Cut(escaped, false);
        }
        String note =
                "\n\n[Document truncated to fit the model: only the first part (about %d of %d tokens) is shown.]";
        int keep = room - counter.count(String.format(note, total, total));
        if (keep <= 0) {
            throw new ContextOverflowException(total + (limits.promptTokens() - room), limits.promptTokens());
        }
        return new Cut(counter.truncate(escaped, keep) + String.format(note, keep, total), true);
    }
}
