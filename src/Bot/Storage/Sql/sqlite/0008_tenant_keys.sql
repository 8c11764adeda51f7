-- Teams, channels, conversations and team members are keyed by tenant as well (issue 9): two tenants
-- that happen to share an id never see or change each other's rows. SQLite cannot change a primary key,
-- so each table is rebuilt. Keep in step with postgres/0008_tenant_keys.sql.
CREATE TABLE channels_by_tenant (
    channel_id      TEXT NOT NULL,
    team_id         TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    name            TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, channel_id)
);
INSERT INTO channels_by_tenant SELECT channel_id, team_id, tenant_id, name, deleted, updated_at_ms FROM channels;
DROP TABLE channels;
ALTER TABLE channels_by_tenant RENAME TO channels;
CREATE INDEX ix_channels_team ON channels (tenant_id, team_id);

CREATE TABLE teams_by_tenant (
    team_id         TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    name            TEXT,
    aad_group_id    TEXT,
    service_url     TEXT NOT NULL,
    installed       INTEGER NOT NULL DEFAULT 1,
    install_count   INTEGER NOT NULL DEFAULT 1,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, team_id)
);
INSERT INTO teams_by_tenant SELECT team_id, tenant_id, name, aad_group_id, service_url, installed, install_count, updated_at_ms FROM teams;
DROP TABLE teams;
ALTER TABLE teams_by_tenant RENAME TO teams;

CREATE TABLE conversations_by_tenant (
    conversation_id TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    team_id         TEXT,
    user_id         TEXT,
    service_url     TEXT NOT NULL,
    bot_id          TEXT,
    blocked         INTEGER NOT NULL DEFAULT 0,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id)
);
INSERT INTO conversations_by_tenant SELECT conversation_id, tenant_id, kind, team_id, user_id, service_url, bot_id, blocked, updated_at_ms FROM conversations;
DROP TABLE conversations;
ALTER TABLE conversations_by_tenant RENAME TO conversations;
CREATE INDEX ix_conversations_personal_user ON conversations (tenant_id, user_id) WHERE kind = 'personal';

-- Rows of teams the bot never stored (or stored under no tenant) keep an empty tenant: they match nothing.
CREATE TABLE team_members_by_tenant (
    tenant_id       TEXT NOT NULL,
    team_id         TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    role            TEXT NOT NULL,
    removed         INTEGER NOT NULL DEFAULT 0,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, team_id, user_id)
);
INSERT INTO team_members_by_tenant
SELECT COALESCE((SELECT t.tenant_id FROM teams t WHERE t.team_id = m.team_id LIMIT 1), ''), m.team_id, m.user_id, m.role, m.removed, m.updated_at_ms
FROM team_members m;
DROP TABLE team_members;
ALTER TABLE team_members_by_tenant RENAME TO team_members;

DROP INDEX IF EXISTS ix_programme_channels_channel;
CREATE INDEX ix_programme_channels_channel ON programme_channels (tenant_id, channel_id);
