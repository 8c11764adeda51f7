-- Which channel a programme (KULG, IBSM, LP …) posts into, as a leader set it with `koble`.
CREATE TABLE programme_channels (
    tenant_id       TEXT NOT NULL,
    programme_key   TEXT NOT NULL,
    programme       TEXT NOT NULL,
    team_id         TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    service_url     TEXT NOT NULL,
    linked_by       TEXT NOT NULL,
    linked_at_ms    BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, programme_key)
);
CREATE INDEX ix_programme_channels_channel ON programme_channels (channel_id);
