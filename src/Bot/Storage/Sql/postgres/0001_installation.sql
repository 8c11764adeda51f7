-- Where the bot is installed and who it has seen. Times are UTC unix milliseconds.
CREATE TABLE teams (
    team_id         TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL,
    name            TEXT,
    aad_group_id    TEXT,
    service_url     TEXT NOT NULL,
    installed       BOOLEAN NOT NULL DEFAULT TRUE,
    install_count   INTEGER NOT NULL DEFAULT 1,
    updated_at_ms   BIGINT NOT NULL
);

CREATE TABLE channels (
    channel_id      TEXT PRIMARY KEY,
    team_id         TEXT NOT NULL REFERENCES teams (team_id),
    tenant_id       TEXT NOT NULL,
    name            TEXT,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at_ms   BIGINT NOT NULL
);
CREATE INDEX ix_channels_team ON channels (team_id);

-- One row per conversation the bot may write into later: a team channel, a 1:1 or a group chat.
CREATE TABLE conversations (
    conversation_id TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    team_id         TEXT,
    user_id         TEXT,
    service_url     TEXT NOT NULL,
    bot_id          TEXT,
    blocked         BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at_ms   BIGINT NOT NULL
);

CREATE TABLE users (
    tenant_id       TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    aad_object_id   TEXT,
    name            TEXT,
    last_seen_at_ms BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX ix_users_aad ON users (tenant_id, aad_object_id);

-- Role of a user in a team, from the Teams roster (owner, user, guest).
CREATE TABLE team_members (
    team_id         TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    role            TEXT NOT NULL,
    removed         BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at_ms   BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
