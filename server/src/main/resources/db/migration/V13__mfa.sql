-- Two-factor authentication with TOTP (RFC 6238): the secret sealed with the master key, hashed
-- single-use recovery codes, and the last accepted time step (a code is never accepted twice).
-- Organizations may require it of every member.
CREATE TABLE user_mfa (
    user_id        VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    secret_sealed  VARCHAR(500)  NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    recovery_codes VARCHAR(2000) NOT NULL,
    last_step      BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    enabled_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE org_security_policy (
    org_id      VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    require_mfa BOOLEAN     NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
