using System.Text.Json;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// The round's status as .xlsx, offered by <see cref="ReportCommand"/> and built again (as it is now) when
/// accepted. The round id in the context is the client's claim: the status query gives the report only to
/// someone who leads the round, and only in their 1:1 chat.
/// </summary>
public sealed class ReportOffer(RoundStatusQuery query, ILogger<ReportOffer> logger) : IFileOffer
{
    public string Kind => ReportCommand.ContextKind;

    public string DeclinedText => StatusTexts.ReportDeclined;

    /// <summary>The file consent card offering the round's report (the <c>rapport</c> command and the status card's button).</summary>
    public static Activity Consent(RoundStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var context = new System.Text.Json.Nodes.JsonObject { ["kind"] = ReportCommand.ContextKind, [ReportCommand.RoundField] = status.Round.Id };
        return FileConsent.Offer(StatusTexts.ReportFileName(status.Round.Title), StatusTexts.ReportDescription, StatusWorkbook.Build(status).Length, context);
    }

    public async Task<FileOfferOutcome> AcceptAsync(Activity activity, JsonElement context, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var roundId = FileConsent.Text(context, ReportCommand.RoundField) ?? "";
        var status = await query.LedRoundAsync(activity.TenantId ?? "", roundId, user.Id, user.EntraObjectId, cancellationToken);
        if (status is null || activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal))
        {
            StatusLog.Refused(logger, user.Id);
            return FileOfferOutcome.Refused(StatusTexts.RoundGone);
        }

        StatusLog.ReportBuilt(logger, status.Round.Id, user.Id, status.People.Count);
        return FileOfferOutcome.Ready(new OfferedFile(StatusWorkbook.Build(status), StatusTexts.ReportSent,
            StatusTexts.ReportFileName(status.Round.Title), "xlsx", "status-report-file"));
    }
}
