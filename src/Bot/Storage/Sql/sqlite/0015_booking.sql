-- Flexible meetings of the plan (a window, «5 dager før eller etter 1. oktober»), as the plan last gave them
-- to the booking feature; each nettverksgruppe books its own slot inside the window.
CREATE TABLE booking_meetings (
    tenant_id       TEXT NOT NULL,
    event_key       TEXT NOT NULL,
    title           TEXT NOT NULL,
    anchor          TEXT NOT NULL,
    days_before     INTEGER NOT NULL,
    days_after      INTEGER NOT NULL,
    length_minutes  INTEGER NOT NULL,
    report_to       TEXT NULL,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, event_key)
);

-- One booking per meeting and group. version is the optimistic-concurrency check: a save names the version
-- it saw (0 = none yet); exactly one of two concurrent saves of the same version wins.
CREATE TABLE bookings (
    tenant_id       TEXT NOT NULL,
    event_key       TEXT NOT NULL,
    unit_id         TEXT NOT NULL,
    version         INTEGER NOT NULL,
    status          TEXT NOT NULL,
    meeting_date    TEXT NOT NULL,
    start_time      TEXT NOT NULL,
    starts_at_ms    INTEGER NOT NULL,
    ends_at_ms      INTEGER NOT NULL,
    room            TEXT NULL,
    room_key        TEXT NULL,
    booked_by       TEXT NOT NULL,
    booked_by_name  TEXT NOT NULL,
    booked_by_aad   TEXT NULL,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, event_key, unit_id)
);

CREATE INDEX bookings_by_room ON bookings (tenant_id, room_key, starts_at_ms);

-- The coordinator's digest: the last day (Oslo) one was sent per tenant.
CREATE TABLE booking_digests (
    tenant_id       TEXT NOT NULL,
    digest_day      TEXT NOT NULL,
    sent_at_ms      INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, digest_day)
);

-- The calendar-event job kind of the durable queue: one job per booking change, done in order per booking.
CREATE TABLE booking_calendar_jobs (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key          TEXT NOT NULL UNIQUE,
    tenant_id           TEXT NOT NULL,
    event_key           TEXT NOT NULL,
    unit_id             TEXT NOT NULL,
    -- The group's members to invite, as the roster gave them when the booking changed: JSON [{"name","email"}].
    attendees_json      TEXT NOT NULL,
    -- pending | done | dead
    status              TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms  INTEGER NOT NULL,
    lease_owner         TEXT NULL,
    lease_until_ms      INTEGER NULL,
    last_status_code    INTEGER NULL,
    last_error          TEXT NULL,
    created_at_ms       INTEGER NOT NULL,
    completed_at_ms     INTEGER NULL
);
CREATE INDEX ix_booking_calendar_jobs_pending ON booking_calendar_jobs (next_attempt_at_ms, id) WHERE status = 'pending';
CREATE INDEX ix_booking_calendar_jobs_head ON booking_calendar_jobs (tenant_id, event_key, unit_id, id) WHERE status = 'pending';

-- Graph throttles per app and tenant: one 429 pauses the tenant's calendar jobs, for every worker.
CREATE TABLE booking_calendar_pauses (
    tenant_id           TEXT PRIMARY KEY,
    paused_until_ms     INTEGER NOT NULL,
    updated_at_ms       INTEGER NOT NULL
);

-- The Graph event of a booking: the transactionId is stored before the create, so a retry after a lost answer
-- (a crash, a timeout) sends the same one and Graph returns the event it already made.
CREATE TABLE booking_calendar_events (
    tenant_id           TEXT NOT NULL,
    event_key           TEXT NOT NULL,
    unit_id             TEXT NOT NULL,
    organizer_id        TEXT NOT NULL,
    transaction_id      TEXT NOT NULL,
    graph_event_id      TEXT NULL,
    updated_at_ms       INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, event_key, unit_id)
);
