package com.gridvault.server.plugins.settings;

import com.gridvault.host.plugins.PluginExtension;
import com.gridvault.plugin.api.config.WorkspaceSettingsSpec;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.server.plugins.ExtensionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Plugin settings per workspace: the stored JSON, or the plugin's defaults; writes go through the
 * plugin's check first, so only settings the plugin accepted are ever stored.
 */
@ApplicationScoped
public class WorkspacePluginSettings {

    private static final System.Logger LOG = System.getLogger(WorkspacePluginSettings.class.getName());

    /** Largest settings document accepted, in characters (the column's size). */
    static final int MAX_JSON = 20_000;

    @Inject
    ExtensionRegistry registry;

    @Inject
    WorkspacePluginSettingsRepository repository;

    /**
     * The settings extension of a started plugin.
     *
     * @param pluginId the plugin
     * @return its extension, or empty when the plugin is not started or has no workspace settings
     */
    public Optional<PluginExtension<WorkspaceSettingsSpec>> spec(String pluginId) {
        return registry.extensions(WorkspaceSettingsSpec.class).stream()
                .filter(e -> e.pluginId().equals(pluginId))
                .findFirst();
    }

    /**
     * The settings in force for a workspace.
     *
     * @param orgId the workspace's organization (already checked)
     * @param workspaceId the workspace
     * @param spec the plugin's settings extension
     * @return the stored JSON, or the plugin's defaults
     */
    public String read(String orgId, String workspaceId, PluginExtension<WorkspaceSettingsSpec> spec) {
        return repository.find(orgId, workspaceId, spec.pluginId()).orElseGet(() -> spec.extension()
                .defaultsJson());
    }

    /**
     * The settings in force for a workspace, by plugin id; the plugin's defaults when it stored none,
     * and {@code {}} for a plugin without settings.
     */
    public String read(String orgId, String workspaceId, String pluginId) {
        return spec(pluginId).map(spec -> read(orgId, workspaceId, spec)).orElse("{}");
    }

    /**
     * Checks settings with the plugin and stores what it returns.
     *
     * @return the stored JSON
     * @throws InvalidInputException when the plugin refuses them
     */
    public String write(
            String orgId, String workspaceId, PluginExtension<WorkspaceSettingsSpec> spec, String json, String userId) {
        if (json.length() > MAX_JSON) {
            throw new InvalidInputException("settings", "must be at most " + MAX_JSON + " characters");
        }
        String normalized;
        try {
            normalized = spec.extension().normalize(json);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "plugin " + spec.pluginId() + " failed to check workspace settings", e);
            throw new InvalidInputException("settings", "the plugin could not read these settings");
        }
        if (normalized == null || normalized.length() > MAX_JSON) {
            throw new InvalidInputException("settings", "the plugin returned settings that cannot be stored");
        }
        repository.save(orgId, workspaceId, spec.pluginId(), normalized, userId);
        return normalized;
    }
}
