-- The durable outbox: every outgoing activity, its lease and every attempt (design decision 4).
CREATE TABLE outbox (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe_key          TEXT NOT NULL UNIQUE,
    tenant_id           TEXT NOT NULL,
    service_url         TEXT NOT NULL,
    conversation_id     TEXT NOT NULL,
    operation           TEXT NOT NULL,
    target_activity_id  TEXT,
    payload             TEXT NOT NULL,
    status              TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms  BIGINT NOT NULL,
    lease_owner         TEXT,
    lease_until_ms      BIGINT,
    created_at_ms       BIGINT NOT NULL,
    completed_at_ms     BIGINT,
    result_activity_id  TEXT,
    result_conversation_id TEXT,
    last_status_code    INTEGER,
    last_error_code     TEXT
);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at_ms);
CREATE INDEX ix_outbox_conversation ON outbox (conversation_id, id);

CREATE TABLE outbox_attempts (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id           BIGINT NOT NULL REFERENCES outbox (id),
    attempt             INTEGER NOT NULL,
    started_at_ms       BIGINT NOT NULL,
    finished_at_ms      BIGINT NOT NULL,
    status_code         INTEGER NOT NULL,
    error_code          TEXT,
    retry_after_ms      BIGINT
);
CREATE INDEX ix_outbox_attempts_row ON outbox_attempts (outbox_id);
