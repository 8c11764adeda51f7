-- The general collection engine (issue 12): round kinds, answers of a unit with several editors,
-- reminder policies stored with the round, and the units leaders register. Keep in step with
-- sqlite/0010_collection_engine.sql; only the column types differ.

-- The feature that owns a round (its IRoundKind); reflection rounds are named by their form.
ALTER TABLE collection_rounds ADD COLUMN kind TEXT NOT NULL DEFAULT '';
UPDATE collection_rounds SET kind = form_id;
-- 'person': one answer per participant; 'unit': one answer per unit (a participant row), several editors.
ALTER TABLE collection_rounds ADD COLUMN answer_by TEXT NOT NULL DEFAULT 'person';
-- NULL: the default policy (two days before, on the day, leaders told the working day after).
ALTER TABLE collection_rounds ADD COLUMN reminder_policy_json TEXT;

-- Who may edit a unit's answer (owner_id = the unit's participant id). Matched by Teams id or Entra id.
CREATE TABLE collection_editors (
    round_id        TEXT NOT NULL REFERENCES collection_rounds (round_id),
    owner_id        TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    aad_object_id   TEXT,
    name            TEXT NOT NULL,
    PRIMARY KEY (round_id, owner_id, user_id)
);
CREATE INDEX ix_collection_editors_user ON collection_editors (user_id);
CREATE INDEX ix_collection_editors_aad ON collection_editors (aad_object_id);

-- What a team or channel is, as a leader registered it: a school, the veilederteam, a nettverksgruppe.
-- One unit per channel; registering the channel again renames or re-kinds it.
CREATE TABLE units (
    tenant_id       TEXT NOT NULL,
    unit_id         TEXT NOT NULL,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    team_id         TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    service_url     TEXT NOT NULL,
    registered_by   TEXT NOT NULL,
    registered_at_ms BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, unit_id),
    UNIQUE (tenant_id, channel_id)
);
