package com.gridvault.server.models;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A stored model run, visible only within its organization. */
@Entity
@Table(name = "model_run")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class ModelRunEntity {

    @Id
    String id;

    @Column(name = "workspace_id", nullable = false)
    String workspaceId;

    @Column(name = "model_id", nullable = false)
    String modelId;

    @Column(name = "model_version", nullable = false)
    String modelVersion;

    @Column(name = "plugin_id", nullable = false)
    String pluginId;

    @Column(name = "plugin_version", nullable = false)
    String pluginVersion;

    @Column(name = "input_json", nullable = false)
    String inputJson;

    @Column(name = "output_json", nullable = false)
    String outputJson;

    @Column(name = "duration_micros", nullable = false)
    long durationMicros;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected ModelRunEntity() {}

    ModelRunEntity(ModelRun run) {
        this.id = run.id();
        this.workspaceId = run.workspaceId();
        this.modelId = run.modelId();
        this.modelVersion = run.modelVersion();
        this.pluginId = run.pluginId();
        this.pluginVersion = run.pluginVersion();
        this.inputJson = run.inputJson();
        this.outputJson = run.outputJson();
        this.durationMicros = run.durationMicros();
        this.createdBy = run.createdBy();
        this.createdAt = run.createdAt();
    }

    ModelRun toRun(String orgId) {
        return new ModelRun(
                id,
                orgId,
                workspaceId,
                modelId,
                modelVersion,
                pluginId,
                pluginVersion,
                inputJson,
                outputJson,
                durationMicros,
                createdBy,
                createdAt);
    }
}
