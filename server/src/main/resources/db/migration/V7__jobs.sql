-- Durable jobs. db-scheduler (scheduled_tasks) decides which node runs what and when, detects
-- executions whose node died (stale heartbeat) and revives them; the job table is what users see:
-- status, stage and progress, attempts, the failure reason, and the stages already completed so a
-- revived job resumes instead of redoing finished work. Written for PostgreSQL and H2 (MODE=PostgreSQL).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);

CREATE TABLE job (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    org_id           VARCHAR(36)   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    workspace_id     VARCHAR(36)   REFERENCES workspace (id) ON DELETE CASCADE,
    kind             VARCHAR(64)   NOT NULL,
    target_id        VARCHAR(64),
    status           VARCHAR(16)   NOT NULL,
    stage            VARCHAR(64)   NOT NULL,
    progress         INT           NOT NULL,
    completed_stages VARCHAR(1000) NOT NULL,
    attempts         INT           NOT NULL,
    max_attempts     INT           NOT NULL,
    error            VARCHAR(2000),
    cancel_requested BOOLEAN       NOT NULL,
    created_by       VARCHAR(36),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_job_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_job_workspace ON job (org_id, workspace_id, id);
CREATE INDEX ix_job_target ON job (org_id, target_id);
