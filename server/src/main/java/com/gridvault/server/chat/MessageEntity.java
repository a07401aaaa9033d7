package com.gridvault.server.chat;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One message of a conversation, with the citations, prompt version and model of an answer. */
@Entity
@Table(name = "conversation_message")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class MessageEntity {

    @Id
    String id;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "role", nullable = false)
    String role;

    @Column(name = "content", nullable = false)
    String content;

    @Column(name = "citations_json")
    String citationsJson;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "prompt_template")
    String promptTemplate;

    @Column(name = "prompt_version")
    Integer promptVersion;

    @Column(name = "provider_config")
    String providerConfig;

    @Column(name = "model")
    String model;

    @Column(name = "prompt_tokens", nullable = false)
    long promptTokens;

    @Column(name = "completion_tokens", nullable = false)
    long completionTokens;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected MessageEntity() {}

    MessageEntity(MessageView m) {
        this.id = m.id();
        this.conversationId = m.conversationId();
        this.position = m.position();
        this.role = m.role();
        this.content = m.content();
        this.citationsJson = m.citations() == null ? null : m.citations().toString();
        this.status = m.status();
        this.promptTemplate = m.promptTemplate();
        this.promptVersion = m.promptVersion();
        this.providerConfig = m.providerConfigId();
        this.model = m.model();
        this.promptTokens = m.promptTokens();
        this.completionTokens = m.completionTokens();
        this.createdAt = m.createdAt();
    }

    private static jakarta.json.JsonArray citations(String json) {
        if (json == null) {
            return jakarta.json.JsonValue.EMPTY_JSON_ARRAY;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray();
        }
    }

    MessageView toView() {
        return new MessageView(
                id,
                conversationId,
                position,
                role,
                content,
                citations(citationsJson),
                status,
                promptTemplate,
                promptVersion,
                providerConfig,
                model,
                promptTokens,
                completionTokens,
                createdAt);
    }
}
