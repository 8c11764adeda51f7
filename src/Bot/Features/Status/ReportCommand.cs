using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// <c>rapport ["round title"]</c> in a leader's 1:1 chat: the round's status as an Excel file, offered
/// through Teams' file consent card; <see cref="ReportOffer"/> builds it again once accepted. The round
/// is the newest one they lead, or the one whose title contains the quoted text. Names never go to a channel.
/// </summary>
public sealed partial class ReportCommand(RoundStatusQuery query, Replies replies, ILogger<ReportCommand> logger) : IMessageCommand
{
    public const string ContextKind = "status-report";
    public const string RoundField = "roundId";

    public bool Matches(string text) => Verb().IsMatch(text.Trim());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal))
        {
            await replies.ReplyTextAsync(activity, StatusTexts.ReportOnlyPersonal, cancellationToken);
            return;
        }

        var user = activity.From ?? new ChannelAccount();
        var named = Quoted().Match(text) is { Success: true } m && m.Groups[1].Value.Trim() is { Length: > 0 } title ? title : null;
        var rounds = await query.LedAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, cancellationToken);
        var status = rounds.FirstOrDefault(r => named is null || r.Round.Title.Contains(named, StringComparison.CurrentCultureIgnoreCase));
        if (status is null)
        {
            StatusLog.Refused(logger, user.Id);
            await replies.ReplyTextAsync(activity, rounds.Count == 0 ? StatusTexts.OnlyLeaders : StatusTexts.ReportNoRound(named), cancellationToken);
            return;
        }

        StatusLog.ReportOffered(logger, status.Round.Id, user.Id);
        await replies.ReplyAsync(activity, ReportOffer.Consent(status), "status-report-consent", cancellationToken);
    }

    [GeneratedRegex(@"^rapport\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex("[«\"](.+?)[»\"]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
