package com.gridvault.server.plugins.settings;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One plugin's settings for one workspace. */
@Entity
@Table(name = "workspace_plugin_settings")
@IdClass(WorkspacePluginSettingsEntity.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "org_id", contextProperty = TenantScope.TENANT_PROPERTY)
public class WorkspacePluginSettingsEntity {

    @Id
    @Column(name = "workspace_id")
    String workspaceId;

    @Id
    @Column(name = "plugin_id")
    String pluginId;

    @Column(name = "settings_json", nullable = false)
    String settingsJson;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected WorkspacePluginSettingsEntity() {}

    WorkspacePluginSettingsEntity(String workspaceId, String pluginId) {
        this.workspaceId = workspaceId;
        this.pluginId = pluginId;
    }

    /** Replaces the settings; a method of the entity, so EclipseLink's woven change tracking sees it. */
    void replace(String json, String userId, OffsetDateTime now) {
        this.settingsJson = json;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    String settingsJson() {
        return settingsJson;
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String workspaceId;
        String pluginId;

        /** For JPA. */
        public Key() {}

        Key(String workspaceId, String pluginId) {
            this.workspaceId = workspaceId;
            this.pluginId = pluginId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(workspaceId, k.workspaceId)
                    && Objects.equals(pluginId, k.pluginId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, pluginId);
        }
    }
}
