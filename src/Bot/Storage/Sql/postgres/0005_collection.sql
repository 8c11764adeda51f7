-- The collection engine (design decision 3): rounds, who is in them, and every saved version of
-- every answer. Keep in step with sqlite/0005_collection.sql; only the column types differ.
CREATE TABLE collection_rounds (
    round_id        TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL,
    form_id         TEXT NOT NULL,
    -- The form as it was when the round opened, so later changes to a form never rewrite old rounds.
    form_json       TEXT NOT NULL,
    plan_event_key  TEXT NOT NULL,
    title           TEXT NOT NULL,
    meeting         TEXT NOT NULL,
    meeting_date    TEXT NOT NULL,
    team_id         TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    service_url     TEXT NOT NULL,
    -- The outbox dedupe key of the channel post that carries the count; its activity id is read from there.
    post_dedupe_key TEXT NOT NULL,
    opens_at_ms     BIGINT NOT NULL,
    deadline_at_ms  BIGINT NOT NULL,
    -- NULL: locked at the deadline; else late answers are accepted until then.
    hard_close_at_ms BIGINT,
    created_at_ms   BIGINT NOT NULL,
    UNIQUE (tenant_id, plan_event_key, form_id)
);
CREATE INDEX ix_collection_rounds_tenant ON collection_rounds (tenant_id, deadline_at_ms);

-- Participants, leaders and exempt people of a round, resolved from the roster and configuration.
CREATE TABLE collection_people (
    round_id        TEXT NOT NULL REFERENCES collection_rounds (round_id),
    user_id         TEXT NOT NULL,
    role            TEXT NOT NULL,
    aad_object_id   TEXT,
    name            TEXT NOT NULL,
    PRIMARY KEY (round_id, user_id, role)
);
CREATE INDEX ix_collection_people_user ON collection_people (user_id, role);
CREATE INDEX ix_collection_people_aad ON collection_people (aad_object_id, role);

-- Every save is a new version, never an overwrite.
CREATE TABLE collection_versions (
    round_id        TEXT NOT NULL REFERENCES collection_rounds (round_id),
    author_id       TEXT NOT NULL,
    number          INTEGER NOT NULL,
    edited_by       TEXT NOT NULL,
    author_name     TEXT NOT NULL,
    saved_at_ms     BIGINT NOT NULL,
    answers_json    TEXT NOT NULL,
    is_draft        BOOLEAN NOT NULL,
    is_late         BOOLEAN NOT NULL,
    PRIMARY KEY (round_id, author_id, number)
);

-- Notes a leader picked to share in plenum (IGP: individuelt, gruppe, plenum).
CREATE TABLE collection_plenum_picks (
    round_id        TEXT NOT NULL REFERENCES collection_rounds (round_id),
    author_id       TEXT NOT NULL,
    picked_by       TEXT NOT NULL,
    picked_at_ms    BIGINT NOT NULL,
    PRIMARY KEY (round_id, author_id)
);
