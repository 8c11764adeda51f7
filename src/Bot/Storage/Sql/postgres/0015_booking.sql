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
    updated_at_ms   BIGINT NOT NULL,
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
    starts_at_ms    BIGINT NOT NULL,
    ends_at_ms      BIGINT NOT NULL,
    room            TEXT NULL,
    room_key        TEXT NULL,
    booked_by       TEXT NOT NULL,
    booked_by_name  TEXT NOT NULL,
    updated_at_ms   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, event_key, unit_id)
);

CREATE INDEX bookings_by_room ON bookings (tenant_id, room_key, starts_at_ms);

-- The coordinator's digest: the last day (Oslo) one was sent per tenant.
CREATE TABLE booking_digests (
    tenant_id       TEXT NOT NULL,
    digest_day      TEXT NOT NULL,
    sent_at_ms      BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, digest_day)
);
