namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>The installation feature's SQL, in plain view. Valid on SQLite (≥ 3.35) and PostgreSQL alike.</summary>
internal static class InstallationSql
{
    public const string UpsertConversation = """
        INSERT INTO conversations (conversation_id, tenant_id, kind, team_id, user_id, service_url, bot_id, blocked, updated_at_ms)
        VALUES (@ConversationId, @TenantId, @Kind, @TeamId, @UserId, @ServiceUrl, @BotId, FALSE, @Now)
        ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET
            service_url = excluded.service_url,
            team_id = COALESCE(excluded.team_id, conversations.team_id),
            user_id = COALESCE(excluded.user_id, conversations.user_id),
            bot_id = COALESCE(excluded.bot_id, conversations.bot_id),
            blocked = FALSE,
            updated_at_ms = excluded.updated_at_ms
        """;

    public const string IsBlocked = "SELECT blocked FROM conversations WHERE tenant_id = @TenantId AND conversation_id = @ConversationId";

    public const string Unblock = "UPDATE conversations SET blocked = FALSE WHERE tenant_id = @TenantId AND conversation_id = @ConversationId AND blocked = TRUE";

    public const string UpsertUser = """
        INSERT INTO users (tenant_id, user_id, aad_object_id, name, last_seen_at_ms)
        VALUES (@TenantId, @UserId, @AadObjectId, @Name, @Now)
        ON CONFLICT (tenant_id, user_id) DO UPDATE SET
            aad_object_id = COALESCE(excluded.aad_object_id, users.aad_object_id),
            name = COALESCE(excluded.name, users.name),
            last_seen_at_ms = excluded.last_seen_at_ms
        """;

    public const string GetTeam = """
        SELECT team_id AS TeamId, tenant_id AS TenantId, name AS Name, aad_group_id AS AadGroupId,
               service_url AS ServiceUrl, installed AS Installed, install_count AS InstallCount
        FROM teams WHERE tenant_id = @TenantId AND team_id = @TeamId
        """;

    public const string InsertTeam = """
        INSERT INTO teams (team_id, tenant_id, name, aad_group_id, service_url, installed, install_count, updated_at_ms)
        VALUES (@TeamId, @TenantId, @Name, @AadGroupId, @ServiceUrl, TRUE, 1, @Now)
        """;

    public const string ReinstallTeam = """
        UPDATE teams SET installed = TRUE, install_count = install_count + 1,
            name = COALESCE(@Name, name), aad_group_id = COALESCE(@AadGroupId, aad_group_id),
            service_url = @ServiceUrl, updated_at_ms = @Now
        WHERE tenant_id = @TenantId AND team_id = @TeamId
        """;

    public const string RefreshTeam = """
        UPDATE teams SET name = COALESCE(@Name, name), aad_group_id = COALESCE(@AadGroupId, aad_group_id),
            service_url = @ServiceUrl, updated_at_ms = @Now
        WHERE tenant_id = @TenantId AND team_id = @TeamId
        """;

    public const string UninstallTeam = "UPDATE teams SET installed = FALSE, updated_at_ms = @Now WHERE tenant_id = @TenantId AND team_id = @TeamId";

    public const string UpsertChannel = """
        INSERT INTO channels (channel_id, team_id, tenant_id, name, deleted, updated_at_ms)
        VALUES (@ChannelId, @TeamId, @TenantId, @Name, @Deleted, @Now)
        ON CONFLICT (tenant_id, channel_id) DO UPDATE SET
            name = COALESCE(excluded.name, channels.name),
            deleted = excluded.deleted,
            updated_at_ms = excluded.updated_at_ms
        """;

    public const string UpsertMember = """
        INSERT INTO team_members (tenant_id, team_id, user_id, role, removed, updated_at_ms)
        VALUES (@TenantId, @TeamId, @UserId, @Role, @Removed, @Now)
        ON CONFLICT (tenant_id, team_id, user_id) DO UPDATE SET
            role = CASE WHEN excluded.role = 'unknown' THEN team_members.role ELSE excluded.role END,
            removed = excluded.removed,
            -- Added again without a role: the cached role is stale, so the next check asks the roster.
            updated_at_ms = CASE WHEN excluded.role = 'unknown' THEN 0 ELSE excluded.updated_at_ms END
        """;

    public const string GetChannels = """
        SELECT channel_id AS ChannelId, name AS Name, deleted AS Deleted
        FROM channels WHERE tenant_id = @TenantId AND team_id = @TeamId ORDER BY channel_id
        """;
}
