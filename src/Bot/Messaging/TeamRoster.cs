using Dapper;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Messaging;

/// <summary>
/// Every member of a team, page by page, as the Bot Connector lists them. When Teams cannot answer,
/// the members the bot has already seen (installation and member events) stand in, so a round is never
/// held back by the roster; people missing from that list join when they first open the form. Used by
/// every feature that opens rounds or resolves a unit's people.
/// </summary>
public sealed class TeamRoster(IConnectorClient connector, Database database, ILogger<TeamRoster> logger)
{
    private const int PageSize = 500;

    private const string KnownMembersSql = """
        SELECT m.user_id AS Id, u.name AS Name, u.aad_object_id AS AadObjectId, m.role AS UserRole
        FROM team_members m
        LEFT JOIN users u ON u.tenant_id = m.tenant_id AND u.user_id = m.user_id
        WHERE m.tenant_id = @TenantId AND m.team_id = @TeamId AND m.removed = FALSE AND m.role <> 'none'
        """;

    public async Task<IReadOnlyList<ChannelAccount>> MembersAsync(string tenantId, string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        try
        {
            var members = new List<ChannelAccount>();
            string? continuation = null;
            do
            {
                var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
                members.AddRange(page.Members);
                continuation = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
            }
            while (continuation is not null);
            return members;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            MessagingLog.RosterUnavailable(logger, teamId, ex);
            await using var c = await database.OpenAsync(cancellationToken);
            return [.. await c.QueryAsync<ChannelAccount>(new CommandDefinition(KnownMembersSql, new { TenantId = tenantId, TeamId = teamId }, cancellationToken: cancellationToken))];
        }
    }

    /// <summary>Whether Teams lists the person in the team now; null when Teams cannot say.</summary>
    public async Task<ChannelAccount?> MemberAsync(string serviceUrl, string teamId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await connector.GetMemberAsync(serviceUrl, teamId, userId, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            MessagingLog.RosterUnavailable(logger, teamId, ex);
            return null;
        }
    }
}
