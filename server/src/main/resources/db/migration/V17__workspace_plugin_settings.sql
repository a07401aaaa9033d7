-- A plugin's settings for one workspace (e.g. the Excel bridge's autonomy level), as the JSON the
-- plugin's WorkspaceSettingsSpec normalized. Deleted with the workspace.
CREATE TABLE workspace_plugin_settings (
    workspace_id  VARCHAR(36)   NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    plugin_id     VARCHAR(64)   NOT NULL,
    org_id        VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    settings_json VARCHAR(20000) NOT NULL,
    updated_by    VARCHAR(36)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, plugin_id)
);
CREATE INDEX ix_workspace_plugin_settings_org ON workspace_plugin_settings (org_id);
