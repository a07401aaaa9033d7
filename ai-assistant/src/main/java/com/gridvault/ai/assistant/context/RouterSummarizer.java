package com.gridvault.ai.assistant.context;

import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.ai.assistant.prompt.PromptText;
import com.gridvault.ai.assistant.prompt.RenderedPrompt;
import com.gridvault.ai.router.AiRouter;
import com.gridvault.ai.router.CallContext;
import com.gridvault.ai.router.TaskKind;
import com.gridvault.plugin.api.ai.ChatMessage;
import com.gridvault.plugin.api.ai.ChatRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Summarizes with an LLM call of kind {@link TaskKind#SUMMARIZE} through the router, using the
 * organization's {@code summarize.default} template. The transcript is escaped into a delimited
 * block like any other untrusted text.
 */
public final class RouterSummarizer implements Summarizer {

    private final AiRouter router;
    private final PromptTemplates templates;

    /**
     * Creates the summarizer.
     *
     * @param router the router
     * @param templates the templates
     */
    public RouterSummarizer(AiRouter router, PromptTemplates templates) {
        this.router = Objects.requireNonNull(router, "router");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public String summarize(CallContext ctx, List<ChatMessage> messages, int maxTokens) {
        StringBuilder transcript = new StringBuilder();
        for (ChatMessage message : messages) {
            String role = message.role().name().toLowerCase(Locale.ROOT);
            transcript.append(role).append(": ").append(message.content()).append('\n');
        }
        RenderedPrompt prompt = templates
                .active(ctx.orgId(), PromptTemplates.SUMMARIZE_DEFAULT)
                .render(Map.of(
                        "history", PromptText.escape(transcript.toString().strip())));
        ChatRequest request = ChatRequest.builder()
                .message(ChatMessage.system(prompt.system()))
                .message(ChatMessage.user(prompt.user()))
                .temperature(0.2)
                .maxTokens(maxTokens)
                .build();
        return router.chat(ctx, TaskKind.SUMMARIZE, request).content().strip();
    }
}
