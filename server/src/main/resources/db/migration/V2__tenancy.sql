-- Tenancy: organization (the tenant) > workspace > project; memberships carry a role.
-- Tenant-owned tables carry org_id, which EclipseLink @Multitenant fills and filters on every query.
CREATE TABLE organization (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    name        VARCHAR(16384) NOT NULL,
    plan        VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE membership (
    org_id      VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    user_id     VARCHAR(36)   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role        VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX ix_membership_user ON membership (user_id);

CREATE TABLE workspace (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id      VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name        VARCHAR(16384) NOT NULL,
    description VARCHAR(16384),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_workspace_org ON workspace (org_id, id);

CREATE TABLE project (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id       VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    workspace_id VARCHAR(36)   NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    name         VARCHAR(16384) NOT NULL,
    description  VARCHAR(16384),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_project_workspace ON project (org_id, workspace_id, id);
