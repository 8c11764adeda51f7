namespace SkoleUtvikling.Bot.Features.Leaders;

internal static class LeaderSql
{
    /// <summary>The teams programmes are linked to, in this tenant: their owners lead a programme.</summary>
    public const string LinkedTeams = """
        SELECT DISTINCT team_id AS TeamId, service_url AS ServiceUrl FROM programme_channels
        WHERE tenant_id = @TenantId ORDER BY team_id
        """;

    public const string TeamOfProgramme = "SELECT team_id FROM programme_channels WHERE tenant_id = @TenantId AND programme_key = @ProgrammeKey";

    /// <summary>A removed member reads as 'none', whatever role was cached before.</summary>
    public const string Role = """
        SELECT CASE WHEN removed THEN 'none' ELSE role END AS Role, updated_at_ms AS UpdatedAtMs
        FROM team_members WHERE tenant_id = @TenantId AND team_id = @TeamId AND user_id = @UserId
        """;

    public const string SaveRole = """
        INSERT INTO team_members (tenant_id, team_id, user_id, role, removed, updated_at_ms)
        VALUES (@TenantId, @TeamId, @UserId, @Role, @Removed, @Now)
        ON CONFLICT (tenant_id, team_id, user_id) DO UPDATE SET role = excluded.role, removed = excluded.removed, updated_at_ms = excluded.updated_at_ms
        """;
}
