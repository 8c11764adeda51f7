namespace SkoleUtvikling.Bot.Features.ProgrammeLinks;

internal static class ProgrammeLinkSql
{
    public const string Current = "SELECT channel_id FROM programme_channels WHERE tenant_id = @TenantId AND programme_key = @ProgrammeKey";

    public const string Upsert = """
        INSERT INTO programme_channels (tenant_id, programme_key, programme, team_id, channel_id, service_url, linked_by, linked_at_ms)
        VALUES (@TenantId, @ProgrammeKey, @Programme, @TeamId, @ChannelId, @ServiceUrl, @LinkedBy, @Now)
        ON CONFLICT (tenant_id, programme_key) DO UPDATE SET
            programme = excluded.programme, team_id = excluded.team_id, channel_id = excluded.channel_id,
            service_url = excluded.service_url, linked_by = excluded.linked_by, linked_at_ms = excluded.linked_at_ms
        """;
}
