-- Short-lived single-use tokens for WebSocket connects (browsers cannot send an Authorization header
-- on a WebSocket handshake). Only the SHA-256 of a token is stored.
CREATE TABLE ws_token (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_ws_token_expiry ON ws_token (expires_at);
