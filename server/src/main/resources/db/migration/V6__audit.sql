-- Tamper-evident audit log. Written for both PostgreSQL and H2 (MODE=PostgreSQL).
-- Each chain (one per organization, plus 'appliance' for appliance-level events) is a hash chain:
-- hash = SHA-256 over the entry's canonical form including prev_hash (see AuditEntry.canonicalForm).
-- chain_id is the EclipseLink tenant discriminator: the org id, or 'appliance' when org_id is null.
-- No foreign key to organization: the trail outlives the organization it describes.
CREATE TABLE audit_entry (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    chain_id      VARCHAR(36)   NOT NULL,
    org_id        VARCHAR(36),
    seq           BIGINT        NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id VARCHAR(36),
    actor_name    VARCHAR(254),
    action        VARCHAR(100)  NOT NULL,
    target_type   VARCHAR(100),
    target_id     VARCHAR(200),
    outcome       VARCHAR(10)   NOT NULL,
    ip            VARCHAR(45),
    request_id    VARCHAR(128),
    details       VARCHAR,
    prev_hash     VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_audit_entry_chain_seq UNIQUE (chain_id, seq),
    CONSTRAINT ck_audit_entry_outcome CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    CONSTRAINT ck_audit_entry_seq CHECK (seq >= 1)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (chain_id, occurred_at);
