-- The development plan: imports awaiting «Publiser», the published events, and who coordinates them.
CREATE TABLE plan_imports (
    import_id       TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    imported_by     TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    service_url     TEXT NOT NULL,
    events_json     TEXT NOT NULL,
    warnings_json   TEXT NOT NULL,
    status          TEXT NOT NULL,
    created_at_ms   INTEGER NOT NULL,
    decided_at_ms   INTEGER
);
CREATE INDEX ix_plan_imports_tenant ON plan_imports (tenant_id, status);

CREATE TABLE plan_events (
    tenant_id       TEXT NOT NULL,
    event_key       TEXT NOT NULL,
    programme       TEXT NOT NULL,
    first_date      TEXT NOT NULL,
    event_json      TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    removed         INTEGER NOT NULL DEFAULT 0,
    import_id       TEXT NOT NULL,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, event_key)
);
CREATE INDEX ix_plan_events_date ON plan_events (tenant_id, removed, first_date);

-- The published plan of a tenant and the coordinator who published it (told about misfires and unlinked programmes).
CREATE TABLE plan_publications (
    tenant_id                   TEXT PRIMARY KEY,
    import_id                   TEXT NOT NULL,
    coordinator_user_id         TEXT NOT NULL,
    coordinator_conversation_id TEXT NOT NULL,
    service_url                 TEXT NOT NULL,
    published_at_ms             INTEGER NOT NULL
);
