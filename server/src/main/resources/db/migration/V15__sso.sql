-- Single sign-on: which external identity (OIDC issuer + subject, or LDAP user name) is which local
-- account, and each organization's mapping of directory groups to roles.
CREATE TABLE sso_identity (
    provider   VARCHAR(600) NOT NULL,
    subject    VARCHAR(500) NOT NULL,
    user_id    VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX ix_sso_identity_user ON sso_identity (user_id);

CREATE TABLE sso_group_role (
    id         VARCHAR(300) NOT NULL PRIMARY KEY,
    org_id     VARCHAR(36)  NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    group_name VARCHAR(256) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_sso_group_role UNIQUE (org_id, group_name)
);
CREATE INDEX ix_sso_group_role_group ON sso_group_role (group_name);
