-- AI per organization: provider configurations (secret settings sealed with the master key),
-- routing policies per task kind, budgets, the usage ledger, and conversations with their messages.
CREATE TABLE ai_provider_config (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id            VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name              VARCHAR(100)  NOT NULL,
    provider_id       VARCHAR(64)   NOT NULL,
    settings_json     VARCHAR       NOT NULL,
    secrets_sealed    VARCHAR,
    input_price       NUMERIC(18, 6),
    output_price      NUMERIC(18, 6),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_ai_provider_config_name UNIQUE (org_id, name)
);

CREATE TABLE ai_routing_policy (
    id          VARCHAR(60)   NOT NULL PRIMARY KEY,
    org_id      VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    task_kind   VARCHAR(20)   NOT NULL,
    chain_json  VARCHAR       NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_ai_routing_policy UNIQUE (org_id, task_kind)
);

CREATE TABLE ai_budget (
    org_id      VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    soft_tokens BIGINT        NOT NULL,
    hard_tokens BIGINT        NOT NULL,
    soft_cost   NUMERIC(18, 6),
    hard_cost   NUMERIC(18, 6),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ai_usage (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id            VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    user_id           VARCHAR(36),
    config_id         VARCHAR(36),
    model             VARCHAR(200),
    task_kind         VARCHAR(20)   NOT NULL,
    prompt_tokens     BIGINT        NOT NULL,
    completion_tokens BIGINT        NOT NULL,
    cost              NUMERIC(18, 8) NOT NULL,
    outcome           VARCHAR(30)   NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ai_usage_org_time ON ai_usage (org_id, occurred_at);

CREATE TABLE conversation (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id       VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    workspace_id VARCHAR(36)   NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    title        VARCHAR(200)  NOT NULL,
    created_by   VARCHAR(36)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_conversation_workspace ON conversation (org_id, workspace_id, id);

CREATE TABLE conversation_message (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id            VARCHAR(36)   NOT NULL,
    conversation_id   VARCHAR(36)   NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    position          INT           NOT NULL,
    role              VARCHAR(16)   NOT NULL,
    content           VARCHAR       NOT NULL,
    citations_json    VARCHAR,
    status            VARCHAR(16)   NOT NULL,
    prompt_template   VARCHAR(100),
    prompt_version    INT,
    provider_config   VARCHAR(36),
    model             VARCHAR(200),
    prompt_tokens     BIGINT        NOT NULL,
    completion_tokens BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_conversation_message_position UNIQUE (conversation_id, position)
);
