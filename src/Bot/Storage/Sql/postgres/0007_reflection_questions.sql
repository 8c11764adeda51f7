-- The questions leaders set for the reflection notes of a channel's next lesebestillinger
-- (otherwise the default two). A round copies them when it opens.
CREATE TABLE reflection_questions (
    tenant_id       TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    questions_json  TEXT NOT NULL,
    set_by          TEXT NOT NULL,
    set_at_ms       BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, channel_id)
);
