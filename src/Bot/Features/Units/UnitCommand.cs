using System.Text.RegularExpressions;
using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Units;

/// <summary>
/// <c>enhet skole Nordby skole</c>, <c>enhet veilederteam</c>, <c>enhet nettverksgruppe Gruppe 3</c> in a
/// channel: this channel is that unit (the way <c>koble</c> links a programme). <c>enhet fjern</c> takes it
/// back. The team's leaders (owners) and the coordinators may; a unit registered elsewhere moves here.
/// </summary>
public sealed partial class UnitCommand(Database database, LeaderDirectory leaders, Replies replies, IEnumerable<IUnitListener> listeners, TimeProvider time) : IMessageCommand
{
    private const int MaxNameLength = 80;

    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var rest = Verb().Replace(text, "").Trim();
        var team = activity.ChannelData?.Team;
        var channelId = activity.ChannelData?.Channel?.Id ?? activity.Conversation?.RootId;
        if (team?.Id is null || channelId is null || activity.Conversation?.ConversationType != ConversationTypes.Channel)
        {
            await replies.ReplyTextAsync(activity, UnitTexts.OnlyInChannels, cancellationToken);
            return;
        }

        var words = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kind = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        var name = words.Length > 1 ? words[1] : "";
        if (kind is "program" or "programme")
        {
            await replies.ReplyTextAsync(activity, UnitTexts.ProgrammeUsesKoble, cancellationToken);
            return;
        }

        if (kind != "fjern" && !UnitKinds.All.Contains(kind))
        {
            await replies.ReplyTextAsync(activity, UnitTexts.Usage, cancellationToken);
            return;
        }

        if (kind == UnitKinds.Veilederteam && name.Length == 0)
        {
            name = "Veilederteamet";
        }

        if (kind != "fjern" && name.Length == 0)
        {
            await replies.ReplyTextAsync(activity, UnitTexts.MissingName(kind), cancellationToken);
            return;
        }

        if (name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            await replies.ReplyTextAsync(activity, UnitTexts.NameTooLong, cancellationToken);
            return;
        }

        if (!await leaders.LeadsThisTeamAsync(activity, cancellationToken))
        {
            await replies.ReplyTextAsync(activity, UnitTexts.OnlyLeaders, cancellationToken);
            return;
        }

        var args = new
        {
            TenantId = activity.TenantId,
            UnitId = kind == "fjern" ? "" : UnitDirectory.UnitId(kind, name),
            Kind = kind,
            Name = name,
            TeamId = team.Id,
            ChannelId = channelId,
            ServiceUrl = activity.ServiceUrl ?? "",
            RegisteredBy = activity.From?.EntraObjectId ?? activity.From?.Id ?? "",
            Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        if (kind == "fjern")
        {
            var removed = await database.ExecuteAsync(UnitSql.RemoveChannel, args, cancellationToken);
            await replies.ReplyTextAsync(activity, removed > 0 ? UnitTexts.Removed : UnitTexts.NothingToRemove, cancellationToken);
            return;
        }

        var movedFromElsewhere = await database.InTransactionAsync(async (c, t) =>
        {
            var before = await c.QuerySingleOrDefaultAsync<RegisteredUnit>(UnitSql.ById, args, t);
            await c.ExecuteAsync(UnitSql.Release, args, t);
            await c.ExecuteAsync(UnitSql.Insert, args, t);
            return before is not null && before.ChannelId != channelId;
        }, cancellationToken);
        await replies.ReplyTextAsync(activity, movedFromElsewhere ? UnitTexts.Moved(kind, name) : UnitTexts.Registered(kind, name), cancellationToken);

        // What the unit missed before it was registered (a flexible meeting's announcement) comes now.
        var unit = new RegisteredUnit(args.TenantId ?? "", args.UnitId, kind, name, team.Id, channelId, args.ServiceUrl);
        foreach (var listener in listeners)
        {
            await listener.UnitRegisteredAsync(unit, cancellationToken);
        }
    }

    [GeneratedRegex(@"^enhet(\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();
}
