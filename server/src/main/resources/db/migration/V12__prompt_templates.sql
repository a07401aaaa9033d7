-- Organizations' own versions of the prompt templates (version 0, the built-in default, is not
-- stored). At most one version per template is active; none active means the built-in default.
CREATE TABLE prompt_template (
    id           VARCHAR(200)  NOT NULL PRIMARY KEY,
    org_id       VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    template_id  VARCHAR(100)  NOT NULL,
    version      INT           NOT NULL,
    system_text  VARCHAR       NOT NULL,
    user_text    VARCHAR       NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_prompt_template_version UNIQUE (org_id, template_id, version)
);
