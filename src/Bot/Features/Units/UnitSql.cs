namespace SkoleUtvikling.Bot.Features.Units;

internal static class UnitSql
{
    private const string Columns = """
        tenant_id AS TenantId, unit_id AS Id, kind AS Kind, name AS Name, team_id AS TeamId, channel_id AS ChannelId, service_url AS ServiceUrl
        """;

    public const string ById = "SELECT " + Columns + " FROM units WHERE tenant_id = @TenantId AND unit_id = @UnitId";

    public const string ByChannel = "SELECT " + Columns + " FROM units WHERE tenant_id = @TenantId AND channel_id = @ChannelId";

    public const string All = "SELECT " + Columns + " FROM units WHERE tenant_id = @TenantId AND (@Kind = '' OR kind = @Kind) ORDER BY kind, name";

    /// <summary>One unit per channel and one channel per unit: the old rows of either go first.</summary>
    public const string Release = "DELETE FROM units WHERE tenant_id = @TenantId AND (unit_id = @UnitId OR channel_id = @ChannelId)";

    public const string Insert = """
        INSERT INTO units (tenant_id, unit_id, kind, name, team_id, channel_id, service_url, registered_by, registered_at_ms)
        VALUES (@TenantId, @UnitId, @Kind, @Name, @TeamId, @ChannelId, @ServiceUrl, @RegisteredBy, @Now)
        """;

    public const string RemoveChannel = "DELETE FROM units WHERE tenant_id = @TenantId AND channel_id = @ChannelId";

    /// <summary>Programmes are units too; <c>koble</c> registers them.</summary>
    public const string Programmes = "SELECT programme FROM programme_channels WHERE tenant_id = @TenantId ORDER BY programme";
}
