namespace SkoleUtvikling.Bot.Features.Leaders;

internal static class LeaderSql
{
    public const string InstalledTeams = "SELECT team_id AS TeamId, service_url AS ServiceUrl FROM teams WHERE tenant_id = @TenantId AND installed = TRUE ORDER BY team_id";

    public const string Role = "SELECT role AS Role, updated_at_ms AS UpdatedAtMs FROM team_members WHERE team_id = @TeamId AND user_id = @UserId";

    public const string SaveRole = """
        INSERT INTO team_members (team_id, user_id, role, removed, updated_at_ms)
        VALUES (@TeamId, @UserId, @Role, @Removed, @Now)
        ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role, removed = excluded.removed, updated_at_ms = excluded.updated_at_ms
        """;
}
