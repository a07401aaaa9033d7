-- Accounts that can sign in to the appliance. Written for both PostgreSQL and H2 (MODE=PostgreSQL).
CREATE TABLE app_user (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    username            VARCHAR(254) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(512) NOT NULL,
    system_admin        BOOLEAN      NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    must_change_password BOOLEAN     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);
