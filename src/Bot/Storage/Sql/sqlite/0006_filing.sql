-- The filing queue: every document to file via Graph (or the local archive), its lease and every attempt.
-- Keep in step with postgres/0006_filing.sql; only the column types differ.
CREATE TABLE filing_jobs (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key          TEXT NOT NULL UNIQUE,
    tenant_id           TEXT NOT NULL,
    -- The 19:… team id whose archive (filing_archives) receives the document.
    team_id             TEXT NOT NULL,
    document_kind       TEXT NOT NULL,
    subject_id          TEXT NOT NULL,
    notify_user_id      TEXT,
    notify_service_url  TEXT,
    -- pending | filed | dead | waiting (for a leader to choose the team's archive with `arkiv`)
    status              TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms  INTEGER NOT NULL,
    lease_owner         TEXT,
    lease_until_ms      INTEGER,
    last_status_code    INTEGER,
    last_error          TEXT,
    -- Drive item id (Graph) or file path (archive); null for a filed job whose subject was gone.
    location            TEXT,
    web_url             TEXT,
    created_at_ms       INTEGER NOT NULL,
    completed_at_ms     INTEGER
);
-- Claiming scans due pending rows and each subject's oldest pending row.
CREATE INDEX ix_filing_jobs_pending ON filing_jobs (next_attempt_at_ms, id) WHERE status = 'pending';
CREATE INDEX ix_filing_jobs_subject ON filing_jobs (tenant_id, document_kind, subject_id, id) WHERE status = 'pending';
CREATE INDEX ix_filing_jobs_waiting ON filing_jobs (tenant_id, team_id) WHERE status = 'waiting';

-- One row per try: when, by whom, the HTTP status (0 = no answer) and the Retry-After it carried.
CREATE TABLE filing_attempts (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id              INTEGER NOT NULL REFERENCES filing_jobs (id),
    attempt             INTEGER NOT NULL,
    lease_owner         TEXT NOT NULL,
    started_at_ms       INTEGER NOT NULL,
    finished_at_ms      INTEGER NOT NULL,
    status_code         INTEGER NOT NULL,
    -- filed | transient | permanent | gone
    outcome             TEXT NOT NULL,
    retry_after_ms      INTEGER,
    next_attempt_at_ms  INTEGER,
    error               TEXT
);
CREATE INDEX ix_filing_attempts_job ON filing_attempts (job_id);

-- Graph throttles per app and tenant: one 429 pauses the whole tenant's filing, for every worker.
CREATE TABLE filing_tenant_pauses (
    tenant_id           TEXT PRIMARY KEY,
    paused_until_ms     INTEGER NOT NULL,
    updated_at_ms       INTEGER NOT NULL
);

-- The leaders-only (private) channel a team's documents are filed into, chosen with `arkiv`.
CREATE TABLE filing_archives (
    tenant_id           TEXT NOT NULL,
    team_id             TEXT NOT NULL,
    team_group_id       TEXT NOT NULL,
    channel_id          TEXT NOT NULL,
    channel_name        TEXT NOT NULL,
    chosen_by           TEXT NOT NULL,
    chosen_at_ms        INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, team_id)
);
