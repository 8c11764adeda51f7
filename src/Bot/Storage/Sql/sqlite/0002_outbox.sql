-- The durable outbox: every outgoing activity, its lease and every attempt (design decision 4).
-- Keep in step with postgres/0002_outbox.sql; only the column types differ.
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key          TEXT NOT NULL UNIQUE,
    tenant_id           TEXT NOT NULL,
    service_url         TEXT NOT NULL,
    conversation_id     TEXT NOT NULL,
    -- Order, one-in-flight and rate limits are per key: the conversation without its thread suffix,
    -- or personal:<userId> for a 1:1 that may not exist yet.
    conversation_key    TEXT NOT NULL,
    operation           TEXT NOT NULL,
    target_activity_id  TEXT,
    payload             TEXT NOT NULL,
    -- pending | sent | dead
    status              TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    -- Attempts whose outcome is unknown (timeout, crash mid-call): a sent row with any may have arrived twice.
    interrupted_attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms  INTEGER NOT NULL,
    lease_owner         TEXT,
    lease_until_ms      INTEGER,
    -- Set just before the Connector call, cleared when its outcome is recorded: set under an expired lease = crashed mid-call.
    in_flight_since_ms  INTEGER,
    in_flight_owner     TEXT,
    created_at_ms       INTEGER NOT NULL,
    completed_at_ms     INTEGER,
    result_activity_id  TEXT,
    result_conversation_id TEXT,
    last_status_code    INTEGER,
    last_error_code     TEXT,
    dead_reason         TEXT
);
-- Claiming scans pending rows in id order and looks up each conversation's head.
CREATE INDEX ix_outbox_pending ON outbox (id, next_attempt_at_ms) WHERE status = 'pending';
CREATE INDEX ix_outbox_pending_key ON outbox (conversation_key, id) WHERE status = 'pending';
-- What was delivered to whom, for leaders.
CREATE INDEX ix_outbox_conversation ON outbox (conversation_key, id);
-- Opening a 1:1 first looks for the one the bot already has with that user.
CREATE INDEX ix_conversations_personal_user ON conversations (tenant_id, user_id) WHERE kind = 'personal';

-- One row per Connector call made for an outbox row (a 1:1 opened and then sent is two).
CREATE TABLE outbox_attempts (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    outbox_id           INTEGER NOT NULL REFERENCES outbox (id),
    attempt             INTEGER NOT NULL,
    call_kind           TEXT NOT NULL,
    lease_owner         TEXT NOT NULL,
    started_at_ms       INTEGER NOT NULL,
    finished_at_ms      INTEGER NOT NULL,
    -- 0 when no answer came; error_code then says NetworkError, Timeout or Interrupted.
    status_code         INTEGER NOT NULL,
    error_code          TEXT,
    retry_after_ms      INTEGER,
    correlation_id      TEXT
);
CREATE INDEX ix_outbox_attempts_row ON outbox_attempts (outbox_id);

-- The tenant-wide back-off gate after a 429, shared by every worker on this database.
CREATE TABLE outbox_tenant_pauses (
    tenant_id           TEXT PRIMARY KEY,
    paused_until_ms     INTEGER NOT NULL,
    updated_at_ms       INTEGER NOT NULL
);
