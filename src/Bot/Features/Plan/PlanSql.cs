namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>The plan feature's SQL, valid on SQLite and PostgreSQL. Every query is scoped by tenant.</summary>
internal static class PlanSql
{
    public const string InsertImport = """
        INSERT INTO plan_imports (import_id, tenant_id, file_name, imported_by, conversation_id, service_url,
                                  events_json, warnings_json, status, created_at_ms)
        VALUES (@ImportId, @TenantId, @FileName, @ImportedBy, @ConversationId, @ServiceUrl, @EventsJson, @WarningsJson, 'preview', @Now)
        """;

    public const string GetImport = """
        SELECT import_id AS ImportId, tenant_id AS TenantId, file_name AS FileName, imported_by AS ImportedBy,
               conversation_id AS ConversationId, service_url AS ServiceUrl, events_json AS EventsJson,
               warnings_json AS WarningsJson, status AS Status
        FROM plan_imports WHERE import_id = @ImportId AND tenant_id = @TenantId
        """;

    public const string DecideImport = """
        UPDATE plan_imports SET status = @Status, decided_at_ms = @Now
        WHERE import_id = @ImportId AND tenant_id = @TenantId AND status = 'preview'
        """;

    public const string ActiveEvents = """
        SELECT event_key AS EventKey, event_json AS EventJson, content_hash AS ContentHash
        FROM plan_events WHERE tenant_id = @TenantId AND removed = FALSE ORDER BY first_date, event_key
        """;

    public const string UpsertEvent = """
        INSERT INTO plan_events (tenant_id, event_key, programme, first_date, event_json, content_hash, removed, import_id, updated_at_ms)
        VALUES (@TenantId, @EventKey, @Programme, @FirstDate, @EventJson, @ContentHash, FALSE, @ImportId, @Now)
        ON CONFLICT (tenant_id, event_key) DO UPDATE SET
            programme = excluded.programme, first_date = excluded.first_date, event_json = excluded.event_json,
            content_hash = excluded.content_hash, removed = FALSE, import_id = excluded.import_id, updated_at_ms = excluded.updated_at_ms
        """;

    public const string RemoveEvent = """
        UPDATE plan_events SET removed = TRUE, import_id = @ImportId, updated_at_ms = @Now
        WHERE tenant_id = @TenantId AND event_key = @EventKey
        """;

    public const string EventByKey = """
        SELECT event_json FROM plan_events WHERE tenant_id = @TenantId AND event_key = @EventKey AND removed = FALSE
        """;

    public const string UpsertPublication = """
        INSERT INTO plan_publications (tenant_id, import_id, coordinator_user_id, coordinator_conversation_id, service_url, published_at_ms)
        VALUES (@TenantId, @ImportId, @ImportedBy, @ConversationId, @ServiceUrl, @Now)
        ON CONFLICT (tenant_id) DO UPDATE SET
            import_id = excluded.import_id, coordinator_user_id = excluded.coordinator_user_id,
            coordinator_conversation_id = excluded.coordinator_conversation_id, service_url = excluded.service_url,
            published_at_ms = excluded.published_at_ms
        """;

    public const string Publication = """
        SELECT tenant_id AS TenantId, coordinator_user_id AS CoordinatorUserId,
               coordinator_conversation_id AS ConversationId, service_url AS ServiceUrl
        FROM plan_publications WHERE tenant_id = @TenantId
        """;

    public const string PublishedTenants = "SELECT tenant_id FROM plan_publications ORDER BY tenant_id";

    public const string ProgrammeChannel = """
        SELECT team_id AS TeamId, channel_id AS ChannelId, service_url AS ServiceUrl FROM programme_channels
        WHERE tenant_id = @TenantId AND programme_key = @ProgrammeKey
        """;

    public const string ProgrammesOfChannel = """
        SELECT programme_key FROM programme_channels WHERE tenant_id = @TenantId AND channel_id = @ChannelId
        """;
}
