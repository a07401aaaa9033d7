-- Model runs: the exact input, the model and plugin versions, and the output, so a run can be repeated bit for bit.
CREATE TABLE model_run (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id          VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    workspace_id    VARCHAR(36)   NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    model_id        VARCHAR(200)  NOT NULL,
    model_version   VARCHAR(50)   NOT NULL,
    plugin_id       VARCHAR(64)   NOT NULL,
    plugin_version  VARCHAR(100)  NOT NULL,
    input_json      VARCHAR       NOT NULL,
    output_json     VARCHAR       NOT NULL,
    duration_micros BIGINT        NOT NULL,
    created_by      VARCHAR(36)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_model_run_workspace ON model_run (org_id, workspace_id, model_id, id);
