-- Teams, channels, conversations and team members are keyed by tenant as well (issue 9): two tenants
-- that happen to share an id never see or change each other's rows. Keep in step with sqlite/0008_tenant_keys.sql.
ALTER TABLE channels DROP CONSTRAINT IF EXISTS channels_team_id_fkey;
ALTER TABLE channels DROP CONSTRAINT channels_pkey;
ALTER TABLE channels ADD PRIMARY KEY (tenant_id, channel_id);
DROP INDEX IF EXISTS ix_channels_team;
CREATE INDEX ix_channels_team ON channels (tenant_id, team_id);

ALTER TABLE teams DROP CONSTRAINT teams_pkey;
ALTER TABLE teams ADD PRIMARY KEY (tenant_id, team_id);

ALTER TABLE conversations DROP CONSTRAINT conversations_pkey;
ALTER TABLE conversations ADD PRIMARY KEY (tenant_id, conversation_id);

-- Rows of teams the bot never stored keep an empty tenant: they match nothing.
ALTER TABLE team_members ADD COLUMN tenant_id TEXT NOT NULL DEFAULT '';
UPDATE team_members m SET tenant_id = t.tenant_id FROM teams t WHERE t.team_id = m.team_id;
ALTER TABLE team_members ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE team_members DROP CONSTRAINT team_members_pkey;
ALTER TABLE team_members ADD PRIMARY KEY (tenant_id, team_id, user_id);

DROP INDEX IF EXISTS ix_programme_channels_channel;
CREATE INDEX ix_programme_channels_channel ON programme_channels (tenant_id, channel_id);
