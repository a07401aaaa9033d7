package com.gridvault.ai.assistant.rag;

import com.gridvault.ai.assistant.prompt.PromptTemplates;
import com.gridvault.plugin.api.ai.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * A question to answer from a workspace's documents.
 *
 * @param workspaceId the workspace to search
 * @param text the question
 * @param history the earlier turns of the conversation, oldest first, possibly empty
 * @param templateId the prompt template, e.g. {@link PromptTemplates#ANALYST_DEFAULT}
 */
public record Question(String workspaceId, String text, List<ChatMessage> history, String templateId) {

    /** Rejects a blank question; defaults the template. */
    public Question {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("The question must not be blank");
        }
        history = List.copyOf(history == null ? List.of() : history);
        templateId = templateId == null ? PromptTemplates.ANALYST_DEFAULT : templateId;
    }

    /**
     * A first question with the default analyst template.
     *
     * @param workspaceId the workspace
     * @param text the question
     * @return the question
     */
    public static Question of(String workspaceId, String text) {
        return new Question(workspaceId, text, List.of(), null);
    }
}
