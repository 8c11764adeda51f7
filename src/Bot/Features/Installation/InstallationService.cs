using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>Stores where the bot is installed, and welcomes a team (or a person) once per installation.</summary>
public sealed class InstallationService(
    Database database,
    Collection.Storage.RoundStore rounds,
    Microsoft.Extensions.Options.IOptionsMonitor<LeaderOptions> leaders,
    IOutbox outbox,
    IConnectorClient connector,
    TimeProvider time,
    ILogger<InstallationService> logger)
{
    public async Task InstallAsync(Activity activity, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var serviceUrl = activity.ServiceUrl ?? "";
        var team = activity.ChannelData?.Team;
        if (team?.Id is null)
        {
            await WelcomePersonalAsync(activity, tenantId, serviceUrl, cancellationToken);
            return;
        }

        var (details, channels) = await ReadTeamAsync(serviceUrl, team.Id, cancellationToken);
        var name = details?.Name ?? team.Name;
        var aadGroupId = details?.AadGroupId ?? team.AadGroupId;
        var now = Now();
        var installCount = await database.InTransactionAsync(async (c, t) =>
        {
            var existing = await c.QuerySingleOrDefaultAsync<TeamRecord>(InstallationSql.GetTeam, new { TenantId = tenantId, TeamId = team.Id }, t);
            var args = new { TeamId = team.Id, TenantId = tenantId, Name = name, AadGroupId = aadGroupId, ServiceUrl = serviceUrl, Now = now };
            int? welcomeNumber = null;
            if (existing is null)
            {
                await c.ExecuteAsync(InstallationSql.InsertTeam, args, t);
                welcomeNumber = 1;
            }
            else if (!existing.Installed)
            {
                await c.ExecuteAsync(InstallationSql.ReinstallTeam, args, t);
                welcomeNumber = existing.InstallCount + 1;
            }
            else
            {
                await c.ExecuteAsync(InstallationSql.RefreshTeam, args, t);
            }

            // The General channel has the team's id; Teams sends it without a name.
            var all = channels.Prepend(new ChannelInfo { Id = team.Id }).DistinctBy(ch => ch.Id);
            foreach (var channel in all)
            {
                await UpsertChannelAsync(c, t, tenantId, team.Id, channel.Id!, channel.Name, deleted: false, now);
            }

            await c.ExecuteAsync(InstallationSql.UpsertConversation, new
            {
                ConversationId = team.Id,
                TenantId = tenantId,
                Kind = ConversationTypes.Channel,
                TeamId = team.Id,
                UserId = (string?)null,
                ServiceUrl = serviceUrl,
                BotId = activity.Recipient?.Id,
                Now = now,
            }, t);

            if (welcomeNumber is int n)
            {
                var welcome = OutgoingActivities.Text(InstallationTexts.TeamWelcome);
                welcome.Conversation = new ConversationAccount { Id = team.Id, ConversationType = ConversationTypes.Channel, TenantId = tenantId };
                welcome.From = activity.Recipient;
                await outbox.EnqueueAsync(c, t, new OutboxMessage($"welcome:{tenantId}:{team.Id}:{n}", tenantId, serviceUrl, team.Id, OutboxOperation.Send, welcome), cancellationToken);
            }

            return welcomeNumber;
        }, cancellationToken);

        if (installCount is int count)
        {
            outbox.NotifyCommitted();
            InstallationLog.Installed(logger, team.Id, tenantId, count);
        }
    }

    public async Task UninstallAsync(Activity activity, CancellationToken cancellationToken)
    {
        var teamId = activity.ChannelData?.Team?.Id;
        if (teamId is null)
        {
            return;
        }

        await database.ExecuteAsync(InstallationSql.UninstallTeam, new { TenantId = activity.TenantId ?? "", TeamId = teamId, Now = Now() }, cancellationToken);
        InstallationLog.Uninstalled(logger, teamId);
    }

    /// <summary>
    /// Members added to or removed from the team. A removed member's role becomes 'none' at once, so a
    /// removed owner stops leading now, not when the cached roster role expires.
    /// </summary>
    public Task RecordMembersAsync(Activity activity, string teamId, IReadOnlyList<(ChannelAccount Member, bool Removed)> members, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            foreach (var (member, removed) in members)
            {
                await c.ExecuteAsync(InstallationSql.UpsertMember, new
                {
                    TenantId = activity.TenantId ?? "",
                    TeamId = teamId,
                    UserId = member.Id,
                    Role = removed ? "none" : member.UserRole ?? "unknown",
                    Removed = removed,
                    Now = Now(),
                }, t);

                // Leading a round came from owning the team; a coordinator leads by configuration and stays.
                if (removed && !leaders.CurrentValue.IsConfigured(member.EntraObjectId))
                {
                    await rounds.DropLeaderAsync(c, t, activity.TenantId ?? "", teamId, member.Id);
                }
            }
        }, cancellationToken);

    /// <summary>Channel created/renamed/deleted/restored and team renamed.</summary>
    public async Task ApplyTeamEventAsync(Activity activity, string teamId, CancellationToken cancellationToken)
    {
        var eventType = activity.ChannelData?.EventType;
        var channel = activity.ChannelData?.Channel;
        var tenantId = activity.TenantId ?? "";
        switch (eventType)
        {
            case TeamsEventTypes.ChannelCreated or TeamsEventTypes.ChannelRenamed or TeamsEventTypes.ChannelRestored when channel?.Id is not null:
                await EnsureTeamThen(activity, (c, t) => UpsertChannelAsync(c, t, tenantId, teamId, channel.Id, channel.Name, deleted: false, Now()), cancellationToken);
                break;
            case TeamsEventTypes.ChannelDeleted when channel?.Id is not null:
                await EnsureTeamThen(activity, (c, t) => UpsertChannelAsync(c, t, tenantId, teamId, channel.Id, channel.Name, deleted: true, Now()), cancellationToken);
                break;
            case TeamsEventTypes.TeamRenamed:
                await database.ExecuteAsync(InstallationSql.RefreshTeam, new
                {
                    TenantId = tenantId,
                    TeamId = teamId,
                    activity.ChannelData!.Team!.Name,
                    activity.ChannelData.Team.AadGroupId,
                    ServiceUrl = activity.ServiceUrl ?? "",
                    Now = Now(),
                }, cancellationToken);
                break;
        }
    }

    public async Task<IReadOnlyList<ChannelRecord>> GetChannelsAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<ChannelRecord>(InstallationSql.GetChannels, new { TenantId = tenantId, TeamId = teamId })];
    }

    public async Task<TeamRecord?> GetTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<TeamRecord>(InstallationSql.GetTeam, new { TenantId = tenantId, TeamId = teamId });
    }

    // A channel event can arrive for a team installed before this database existed.
    private async Task EnsureTeamThen(Activity activity, Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken)
    {
        var teamId = activity.ChannelData!.Team!.Id!;
        if (await GetTeamAsync(activity.TenantId ?? "", teamId, cancellationToken) is null)
        {
            await InstallAsync(activity, cancellationToken);
        }

        await database.InTransactionAsync(work, cancellationToken);
    }

    private async Task WelcomePersonalAsync(Activity activity, string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        var conversation = activity.Conversation;
        var isAdd = activity.IsType(ActivityTypes.InstallationUpdate) || activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        if (conversation is null || !isAdd || conversation.ConversationType is not (null or ConversationTypes.Personal))
        {
            return;
        }

        var welcome = OutgoingActivities.Text(InstallationTexts.PersonalWelcome);
        welcome.Conversation = conversation;
        welcome.From = activity.Recipient;
        welcome.Recipient = activity.From;
        var added = await outbox.EnqueueAsync(
            new OutboxMessage($"welcome:{tenantId}:{conversation.Id}", tenantId, serviceUrl, conversation.Id, OutboxOperation.Send, welcome), cancellationToken);
        if (added)
        {
            outbox.NotifyCommitted();
            InstallationLog.InstalledPersonal(logger, conversation.Id);
        }
    }

    private async Task<(TeamDetails? Details, IReadOnlyList<ChannelInfo> Channels)> ReadTeamAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        try
        {
            var details = await connector.GetTeamDetailsAsync(serviceUrl, teamId, cancellationToken);
            var channels = await connector.GetTeamChannelsAsync(serviceUrl, teamId, cancellationToken);
            return (details, channels);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            InstallationLog.TeamDetailsUnavailable(logger, teamId, ex);
            return (null, []);
        }
    }

    private static Task<int> UpsertChannelAsync(DbConnection c, DbTransaction t, string tenantId, string teamId, string channelId, string? name, bool deleted, long now) =>
        c.ExecuteAsync(InstallationSql.UpsertChannel, new { ChannelId = channelId, TeamId = teamId, TenantId = tenantId, Name = name, Deleted = deleted, Now = now }, t);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
