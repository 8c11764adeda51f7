using System.Text.Json;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// The answer to <see cref="ReportCommand"/>'s file consent card: on accept, the round's status is built
/// again (as it is now) and uploaded to the URL Teams gave, then shown as a file card. The round id in the
/// context is the client's claim: the status query gives the report only to someone who leads the round.
/// </summary>
public sealed class ReportConsentHandler(RoundStatusQuery query, FileUploader uploader, Replies replies, ILogger<ReportConsentHandler> logger) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        FileConsent.IsAnswer(activity) && FileConsent.KindOf(activity) == ReportCommand.ContextKind;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value ?? default;
        var action = FileConsent.Text(value, "action");
        if (action == "decline")
        {
            await replies.ReplyTextAsync(activity, StatusTexts.ReportDeclined, cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (action != "accept" || !value.TryGetProperty("uploadInfo", out var info) || !Uri.TryCreate(FileConsent.Text(info, "uploadUrl"), UriKind.Absolute, out var uploadUrl))
        {
            return new InvokeResponse(400, null);
        }

        var user = activity.From ?? new ChannelAccount();
        var roundId = value.TryGetProperty("context", out var context) ? FileConsent.Text(context, ReportCommand.RoundField) ?? "" : "";
        var status = await query.LedRoundAsync(activity.TenantId ?? "", roundId, user.Id, user.EntraObjectId, cancellationToken);
        if (status is null || activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal))
        {
            StatusLog.Refused(logger, user.Id);
            await replies.ReplyTextAsync(activity, StatusTexts.RoundGone, cancellationToken);
            return new InvokeResponse(200, null);
        }

        try
        {
            await uploader.UploadAsync(uploadUrl, StatusWorkbook.Build(status), cancellationToken);
        }
        catch (FileTransferException ex)
        {
            await replies.ReplyTextAsync(activity, ex.UserMessage, cancellationToken);
            return new InvokeResponse(200, null);
        }

        StatusLog.ReportUploaded(logger, status.Round.Id, user.Id, status.People.Count);
        await replies.ReplyAsync(activity, FileConsent.Uploaded(StatusTexts.ReportSent, info, StatusTexts.ReportFileName(status.Round.Title), "xlsx"),
            "status-report-file", cancellationToken);
        return new InvokeResponse(200, null);
    }
}
