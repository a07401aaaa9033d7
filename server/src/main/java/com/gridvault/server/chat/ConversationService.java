package com.gridvault.server.chat;

import com.gridvault.ai.assistant.rag.Answer;
import com.gridvault.ai.assistant.rag.Citation;
import com.gridvault.ai.assistant.rag.Question;
import com.gridvault.plugin.api.ai.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Turns stored messages into model history and answers into stored messages. */
@ApplicationScoped
public class ConversationService {

    /** Answers shorter than this many earlier messages are sent as history. */
    static final int MAX_HISTORY_MESSAGES = 40;

    @Inject
    ConversationRepository conversations;

    /** The question with the conversation's completed turns as history. */
    public Question question(String orgId, ConversationView conversation, String text, String templateId) {
        List<MessageView> earlier = conversations.messages(orgId, conversation.id()).stream()
                .filter(m -> "COMPLETE".equals(m.status()))
                .toList();
        List<ChatMessage> history =
                earlier.subList(Math.max(0, earlier.size() - MAX_HISTORY_MESSAGES), earlier.size()).stream()
                        .map(m -> "USER".equals(m.role())
                                ? ChatMessage.user(m.content())
                                : ChatMessage.assistant(m.content()))
                        .toList();
        return new Question(conversation.workspaceId(), text, history, templateId);
    }

    public MessageView storeQuestion(String orgId, String conversationId, String text) {
        return conversations.append(
                orgId,
                new MessageView(
                        null, conversationId, 0, "USER", text, null, "COMPLETE", null, null, null, null, 0, 0, null));
    }

    public MessageView storeAnswer(String orgId, String conversationId, Answer answer, String status) {
        return conversations.append(
                orgId,
                new MessageView(
                        null,
                        conversationId,
                        0,
                        "ASSISTANT",
                        answer.text(),
                        citations(answer.citations()),
                        status,
                        answer.prompt() == null ? null : answer.prompt().templateId(),
                        answer.prompt() == null ? null : answer.prompt().version(),
                        answer.providerConfigId(),
                        answer.model(),
                        answer.usage() == null ? 0 : answer.usage().promptTokens(),
                        answer.usage() == null ? 0 : answer.usage().completionTokens(),
                        null));
    }

    public MessageView storePartial(String orgId, String conversationId, String text, String status) {
        return conversations.append(
                orgId,
                new MessageView(
                        null, conversationId, 0, "ASSISTANT", text, null, status, null, null, null, null, 0, 0, null));
    }

    static jakarta.json.JsonArray citations(List<Citation> citations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Citation c : citations) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("number", c.number())
                    .add("chunkId", c.chunkId())
                    .add("documentId", c.documentId());
            add(o, "documentTitle", c.documentTitle());
            if (c.page() != null) {
                o.add("page", c.page());
            }
            add(o, "sectionId", c.sectionId());
            add(o, "sectionTitle", c.sectionTitle());
            add(o, "quote", c.quote());
            array.add(o);
        }
        return array.build();
    }

    private static void add(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }
}
