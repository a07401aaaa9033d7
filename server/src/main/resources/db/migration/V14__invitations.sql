-- Invitations to join an organization with a role: a single-use token (stored as its SHA-256) that
-- either creates an account or adds an existing one.
CREATE TABLE invitation (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    org_id      VARCHAR(36)  NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    role        VARCHAR(20)  NOT NULL,
    note        VARCHAR(200),
    created_by  VARCHAR(36)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_by VARCHAR(36),
    accepted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_invitation_org ON invitation (org_id, id);
