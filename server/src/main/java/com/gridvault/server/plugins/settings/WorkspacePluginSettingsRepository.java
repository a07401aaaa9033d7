package com.gridvault.server.plugins.settings;

import com.gridvault.server.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stored plugin settings per workspace, scoped to the organization on every call. */
@ApplicationScoped
@Transactional
public class WorkspacePluginSettingsRepository {

    @PersistenceContext(unitName = "gridvault")
    EntityManager em;

    /**
     * Reads a plugin's settings for a workspace.
     *
     * @param orgId the workspace's organization
     * @param workspaceId the workspace
     * @param pluginId the plugin
     * @return the stored JSON, or empty when never set
     */
    public Optional<String> find(String orgId, String workspaceId, String pluginId) {
        return Optional.ofNullable(TenantScope.of(em, orgId)
                        .find(
                                WorkspacePluginSettingsEntity.class,
                                new WorkspacePluginSettingsEntity.Key(workspaceId, pluginId)))
                .map(WorkspacePluginSettingsEntity::settingsJson);
    }

    /**
     * Stores a plugin's settings for a workspace, replacing earlier ones.
     *
     * @param orgId the workspace's organization
     * @param workspaceId the workspace
     * @param pluginId the plugin
     * @param json the normalized settings
     * @param userId who changed them
     */
    public void save(String orgId, String workspaceId, String pluginId, String json, String userId) {
        EntityManager scoped = TenantScope.of(em, orgId);
        WorkspacePluginSettingsEntity entity = scoped.find(
                WorkspacePluginSettingsEntity.class, new WorkspacePluginSettingsEntity.Key(workspaceId, pluginId));
        if (entity == null) {
            entity = new WorkspacePluginSettingsEntity(workspaceId, pluginId);
            scoped.persist(entity);
        }
        entity.replace(json, userId, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
