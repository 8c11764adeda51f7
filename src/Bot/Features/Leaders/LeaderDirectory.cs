using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Hosting;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>
/// Who is a leader: a configured Entra id, or an owner of the team (from the Teams roster, cached for an
/// hour). Decided from the roster and configuration only, never from what a user typed.
/// </summary>
public sealed class LeaderDirectory(
    Database database,
    IConnectorClient connector,
    IOptionsMonitor<LeaderOptions> options,
    TimeProvider time,
    ILogger<LeaderDirectory> logger)
{
    private static readonly TimeSpan RoleCacheLifetime = TimeSpan.FromHours(1);

    public async Task<bool> IsLeaderAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From;
        if (user is null || activity.TenantId is null)
        {
            return false;
        }

        if (options.CurrentValue.IsConfigured(user.EntraObjectId))
        {
            return true;
        }

        var teamId = activity.ChannelData?.Team?.Id;
        if (teamId is not null)
        {
            return await RoleInTeamAsync(activity.ServiceUrl ?? "", teamId, user.Id, cancellationToken) == "owner";
        }

        // In a 1:1 chat: an owner of any team the bot is installed in, in this tenant.
        await using var c = await database.OpenAsync(cancellationToken);
        var teams = (await c.QueryAsync<TeamRow>(LeaderSql.InstalledTeams, new { activity.TenantId })).ToList();
        foreach (var team in teams)
        {
            if (await RoleInTeamAsync(team.ServiceUrl, team.TeamId, user.Id, cancellationToken) == "owner")
            {
                return true;
            }
        }

        return false;
    }

    private async Task<string?> RoleInTeamAsync(string serviceUrl, string teamId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            var hit = await c.QuerySingleOrDefaultAsync<RoleRow>(LeaderSql.Role, new { TeamId = teamId, UserId = userId });
            if (hit is not null && hit.Role != "unknown" && now - DateTimeOffset.FromUnixTimeMilliseconds(hit.UpdatedAtMs) < RoleCacheLifetime)
            {
                return hit.Role;
            }
        }

        string role;
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, teamId, userId, cancellationToken);
            role = (member.UserRole ?? "user").ToLowerInvariant();
        }
        catch (ConnectorException ex) when (ex.StatusCode == 404)
        {
            role = "none";
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LeaderLog.RosterUnavailable(logger, teamId, ex);
            return null;
        }

        await database.InTransactionAsync((c, t) => c.ExecuteAsync(LeaderSql.SaveRole, new
        {
            TeamId = teamId,
            UserId = userId,
            Role = role,
            Removed = role == "none",
            Now = now.ToUnixTimeMilliseconds(),
        }, t), cancellationToken);
        return role;
    }

    private sealed record RoleRow
    {
        public string Role { get; init; } = "";
        public long UpdatedAtMs { get; init; }
    }

    private sealed record TeamRow
    {
        public string TeamId { get; init; } = "";
        public string ServiceUrl { get; init; } = "";
    }
}
