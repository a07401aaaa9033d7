package com.gridvault.server.ai;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An organization's configured AI endpoint. Secret settings are sealed with the master key. */
@Entity
@Table(name = "ai_provider_config")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class AiProviderConfigEntity {

    @Id
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "provider_id", nullable = false)
    String providerId;

    @Column(name = "settings_json", nullable = false)
    String settingsJson;

    @Column(name = "secrets_sealed")
    String secretsSealed;

    @Column(name = "input_price")
    BigDecimal inputPrice;

    @Column(name = "output_price")
    BigDecimal outputPrice;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected AiProviderConfigEntity() {}

    AiProviderConfigEntity(
            String id,
            String name,
            String providerId,
            String settingsJson,
            String secretsSealed,
            BigDecimal inputPrice,
            BigDecimal outputPrice,
            OffsetDateTime now) {
        this.id = id;
        this.name = name;
        this.providerId = providerId;
        this.settingsJson = settingsJson;
        this.secretsSealed = secretsSealed;
        this.inputPrice = inputPrice;
        this.outputPrice = outputPrice;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
