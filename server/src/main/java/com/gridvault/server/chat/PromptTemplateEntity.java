package com.gridvault.server.chat;

import com.gridvault.ai.assistant.prompt.PromptTemplate;
import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One saved version of a prompt template. */
@Entity
@Table(name = "prompt_template")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class PromptTemplateEntity {

    @Id
    String id;

    @Column(name = "template_id", nullable = false)
    String templateId;

    @Column(name = "version", nullable = false)
    int version;

    @Column(name = "system_text", nullable = false)
    String systemText;

    @Column(name = "user_text", nullable = false)
    String userText;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected PromptTemplateEntity() {}

    PromptTemplateEntity(String orgId, String templateId, int version, String system, String user) {
        this.id = orgId + ":" + templateId + ":" + version;
        this.templateId = templateId;
        this.version = version;
        this.systemText = system;
        this.userText = user;
        this.active = true;
        this.createdAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }

    void active(boolean value) {
        this.active = value;
    }

    PromptTemplate toTemplate() {
        return new PromptTemplate(templateId, version, systemText, userText);
    }
}
