-- API keys: shown once, stored as SHA-256 of the secret; the prefix stays visible for identification.
CREATE TABLE api_key (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_api_key_hash UNIQUE (secret_hash)
);
CREATE INDEX ix_api_key_user ON api_key (user_id);

-- Secrets for plugins (provider API keys, connector passwords), encrypted with AES-256-GCM.
CREATE TABLE plugin_secret (
    plugin_id   VARCHAR(64)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    ciphertext  VARCHAR(8192) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plugin_id, name)
);
