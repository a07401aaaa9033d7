-- Refresh tokens: stored as SHA-256 hashes; each use rotates the token inside its family, and a
-- reused (already rotated) token revokes the whole family.
CREATE TABLE refresh_token (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    family_id   VARCHAR(36)  NOT NULL,
    user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
