-- Documents of a workspace: the uploaded file (in the blob store, by SHA-256), what extraction found,
-- the chunks search is built from (with their embedding vectors, so an index can be rebuilt or
-- another search backend filled without re-embedding), and the sections and pages the content
-- endpoint serves. Written for PostgreSQL and H2 (MODE=PostgreSQL).
CREATE TABLE document (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id         VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    workspace_id   VARCHAR(36)   NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    file_name      VARCHAR(255)  NOT NULL,
    declared_type  VARCHAR(200),
    media_type     VARCHAR(200),
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    failure_reason VARCHAR(2000),
    title          VARCHAR(1000),
    form_type      VARCHAR(20),
    company        VARCHAR(500),
    page_count     INT           NOT NULL,
    section_count  INT           NOT NULL,
    chunk_count    INT           NOT NULL,
    text_sha256    VARCHAR(64),
    text_chars     INT           NOT NULL,
    job_id         VARCHAR(36),
    uploaded_by    VARCHAR(36),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_document_content UNIQUE (org_id, workspace_id, sha256),
    CONSTRAINT ck_document_status CHECK (status IN ('QUEUED', 'PROCESSING', 'READY', 'FAILED'))
);
CREATE INDEX ix_document_workspace ON document (org_id, workspace_id, id);

CREATE TABLE document_section (
    id           VARCHAR(150)  NOT NULL PRIMARY KEY,
    org_id       VARCHAR(36)   NOT NULL,
    document_id  VARCHAR(36)   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    section_id   VARCHAR(100)  NOT NULL,
    title        VARCHAR(1000) NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    char_start   INT           NOT NULL,
    char_end     INT           NOT NULL,
    byte_start   BIGINT        NOT NULL,
    byte_end     BIGINT        NOT NULL,
    first_page   INT           NOT NULL,
    CONSTRAINT ck_document_section_kind CHECK (kind IN ('SECTION', 'PAGE'))
);
CREATE INDEX ix_document_section_document ON document_section (document_id, kind, position);

CREATE TABLE document_chunk (
    id              VARCHAR(60)   NOT NULL PRIMARY KEY,
    org_id          VARCHAR(36)   NOT NULL,
    workspace_id    VARCHAR(36)   NOT NULL,
    document_id     VARCHAR(36)   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position        INT           NOT NULL,
    header          VARCHAR       NOT NULL,
    body            VARCHAR       NOT NULL,
    char_start      INT           NOT NULL,
    char_end        INT           NOT NULL,
    first_page      INT           NOT NULL,
    last_page       INT           NOT NULL,
    section_id      VARCHAR(100)  NOT NULL,
    section_title   VARCHAR(1000) NOT NULL,
    table_id        VARCHAR(100)  NOT NULL,
    vector          BYTEA,
    embedding_model VARCHAR(200)
);
CREATE INDEX ix_document_chunk_document ON document_chunk (document_id, position);
CREATE INDEX ix_document_chunk_workspace ON document_chunk (org_id, workspace_id, id);
