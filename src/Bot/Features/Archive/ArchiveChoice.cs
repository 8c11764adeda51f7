using Dapper;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Queue;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Archive;

namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>
/// What <c>arkiv</c> and the card's submit share: the checks (a team channel, Graph in use, a
/// leader), the team's private channels from Graph, and storing the choice. A submitted channel id
/// is only accepted when Graph lists it among the team's private channels right now.
/// </summary>
public sealed class ArchiveChoice(
    Database database,
    IConnectorClient connector,
    Leaders.LeaderDirectory leaders,
    IArchiveChannels channels,
    FilingArchives archives,
    FilingMode mode,
    Replies replies,
    TimeProvider time,
    ILogger<ArchiveChoice> logger)
{
    /// <summary>The team and its private channels, or null after telling the user why not.</summary>
    public async Task<ArchiveContext?> ContextAsync(Activity activity, CancellationToken cancellationToken)
    {
        var team = activity.ChannelData?.Team;
        if (team?.Id is null || activity.TenantId is null)
        {
            await replies.ReplyTextAsync(activity, mode.UsesGraph ? ArchiveTexts.OnlyInTeams : ArchiveTexts.NoGraph, cancellationToken);
            return null;
        }

        if (!mode.UsesGraph)
        {
            await replies.ReplyTextAsync(activity, ArchiveTexts.NoGraph, cancellationToken);
            return null;
        }

        if (!await leaders.LeadsThisTeamAsync(activity, cancellationToken))
        {
            await replies.ReplyTextAsync(activity, ArchiveTexts.OnlyLeaders, cancellationToken);
            return null;
        }

        var groupId = await GroupIdAsync(activity, team, cancellationToken);
        if (groupId is null)
        {
            ArchiveLog.NoGroupId(logger, team.Id);
            await replies.ReplyTextAsync(activity, ArchiveTexts.NoTeamGroup, cancellationToken);
            return null;
        }

        try
        {
            var list = await channels.PrivateChannelsAsync(activity.TenantId, groupId, cancellationToken);
            var current = await archives.GetAsync(activity.TenantId, team.Id, cancellationToken);
            return new ArchiveContext(activity.TenantId, team.Id, groupId, list, current);
        }
        catch (Exception ex) when (ex is FilingTransientException or FilingPermanentException)
        {
            ArchiveLog.ListingFailed(logger, groupId, ex);
            await replies.ReplyTextAsync(activity, ex is FilingTransientException ? ArchiveTexts.GraphBusy : ArchiveTexts.GraphRefused, cancellationToken);
            return null;
        }
    }

    public async Task ChooseAsync(Activity activity, ArchiveContext context, ArchiveChannel channel, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(activity, context, channel, cancellationToken) is { } refusal)
        {
            await replies.ReplyTextAsync(activity, refusal, cancellationToken);
            return;
        }

        var released = await archives.ChooseAsync(new FilingArchive
        {
            TenantId = context.TenantId,
            TeamId = context.TeamId,
            TeamGroupId = context.TeamGroupId,
            ChannelId = channel.Id,
            ChannelName = channel.Name,
            ChosenBy = activity.From?.EntraObjectId ?? activity.From?.Id ?? "",
            ChosenAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        }, cancellationToken);
        ArchiveLog.Chosen(logger, context.TeamId, channel.Id, released);
        await replies.ReplyTextAsync(activity, ArchiveTexts.Chosen(channel.Name, released), cancellationToken);
    }

    public Task ShowCardAsync(Activity activity, ArchiveContext context, CancellationToken cancellationToken)
    {
        var model = new ArchiveCardModel([.. context.Channels.Select(c => new ArchiveCardChannel(c.Id, c.Name))], context.Current?.ChannelName);
        return replies.ReplyCardAsync(activity, ArchiveCard.Build(model), "archive-card", cancellationToken);
    }

    /// <summary>
    /// Why the channel cannot hold the team's notes, or null: every member of it (read from Teams, never
    /// from the request) must lead the team, since everyone in the channel can open its files.
    /// </summary>
    private async Task<string?> RefusalAsync(Activity activity, ArchiveContext context, ArchiveChannel channel, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChannelAccount> members;
        try
        {
            members = await connector.GetConversationMembersAsync(activity.ServiceUrl ?? "", channel.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or ArgumentException)
        {
            ArchiveLog.MembersUnavailable(logger, context.TeamId, ex);
            return ArchiveTexts.MembersUnknown(channel.Name);
        }

        var notLeading = 0;
        foreach (var member in members.Where(m => m.Role != "bot" && !m.Id.StartsWith("28:", StringComparison.Ordinal)))
        {
            if (!await leaders.LeadsTeamAsync(context.TenantId, activity.ServiceUrl ?? "", context.TeamId, member, cancellationToken))
            {
                notLeading++;
            }
        }

        return notLeading == 0 ? null : ArchiveTexts.NotOnlyLeaders(channel.Name, notLeading);
    }

    /// <summary>The Entra group id Graph knows the team by: from the activity, the teams table, or the Connector.</summary>
    private async Task<string?> GroupIdAsync(Activity activity, TeamInfo team, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(team.AadGroupId))
        {
            return team.AadGroupId;
        }

        await using (var c = await database.OpenAsync(cancellationToken))
        {
            var stored = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT aad_group_id FROM teams WHERE tenant_id = @TenantId AND team_id = @TeamId", new { activity.TenantId, TeamId = team.Id }, cancellationToken: cancellationToken));
            if (!string.IsNullOrEmpty(stored))
            {
                return stored;
            }
        }

        try
        {
            return (await connector.GetTeamDetailsAsync(activity.ServiceUrl ?? "", team.Id!, cancellationToken)).AadGroupId;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            return null;
        }
    }
}
