using System.Text.RegularExpressions;
using Dapper;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.ProgrammeLinks;

/// <summary>
/// <c>koble KULG</c> in a channel: from now on that programme's posts go to this channel. Coordinators,
/// or the programme's leaders within their own team (<see cref="LeaderDirectory.MayLinkAsync"/>).
/// </summary>
public sealed partial class ProgrammeLinkCommand(Database database, LeaderDirectory leaders, Replies replies, TimeProvider time) : IMessageCommand
{
    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var programme = Verb().Replace(text, "").Trim();
        var team = activity.ChannelData?.Team;
        var channelId = activity.ChannelData?.Channel?.Id ?? activity.Conversation?.RootId;
        if (team?.Id is null || channelId is null || activity.Conversation?.ConversationType != ConversationTypes.Channel)
        {
            await replies.ReplyTextAsync(activity, ProgrammeLinkTexts.OnlyInChannels, cancellationToken);
            return;
        }

        if (programme.Length == 0)
        {
            await replies.ReplyTextAsync(activity, ProgrammeLinkTexts.MissingProgramme, cancellationToken);
            return;
        }

        if (!ProgrammeParsing.TryParse(programme, out var known))
        {
            await replies.ReplyTextAsync(activity, ProgrammeLinkTexts.UnknownProgramme(programme), cancellationToken);
            return;
        }

        if (!await leaders.MayLinkAsync(activity, ProgrammeNames.Slug(known), cancellationToken))
        {
            await replies.ReplyTextAsync(activity, ProgrammeLinkTexts.OnlyLeaders, cancellationToken);
            return;
        }

        var args = new
        {
            TenantId = activity.TenantId,
            ProgrammeKey = ProgrammeNames.Slug(known),
            Programme = ProgrammeNames.Tag(known),
            TeamId = team.Id,
            ChannelId = channelId,
            ServiceUrl = activity.ServiceUrl ?? "",
            LinkedBy = activity.From?.EntraObjectId ?? activity.From?.Id ?? "",
            Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        var previous = await database.InTransactionAsync(async (c, t) =>
        {
            var before = await c.ExecuteScalarAsync<string?>(ProgrammeLinkSql.Current, args, t);
            await c.ExecuteAsync(ProgrammeLinkSql.Upsert, args, t);
            return before;
        }, cancellationToken);
        var moved = previous is not null && previous != channelId;
        var tag = ProgrammeNames.Tag(known);
        await replies.ReplyTextAsync(activity, moved ? ProgrammeLinkTexts.Moved(tag) : ProgrammeLinkTexts.Linked(tag), cancellationToken);
    }

    [GeneratedRegex(@"^koble(\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();
}
