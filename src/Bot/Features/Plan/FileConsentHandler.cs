using System.Text.Json;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// <c>fileConsent/invoke</c>: the user accepted (upload the template, then show it as a file card) or
/// declined the file consent card sent by <see cref="TemplateCommand"/>.
/// </summary>
public sealed class FileConsentHandler(PlanTemplateFile template, FileUploader uploader, Replies replies, Leaders.LeaderDirectory leaders) : IActivityHandler
{
    public const string FileInfoContentType = FileConsent.FileInfoContentType;

    /// <summary>Answers to the template's offer (and to offers naming no kind); other features' offers are theirs.</summary>
    public bool CanHandle(Activity activity) =>
        FileConsent.IsAnswer(activity) && FileConsent.KindOf(activity) is null or TemplateCommand.ContextKind;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value ?? default;
        var action = Text(value, "action");
        if (action == "decline")
        {
            await replies.ReplyTextAsync(activity, PlanTexts.Template.Declined, cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (action != "accept" || !value.TryGetProperty("uploadInfo", out var info) || !Uri.TryCreate(Text(info, "uploadUrl"), UriKind.Absolute, out var uploadUrl))
        {
            return new InvokeResponse(400, null);
        }

        // An accept can be forged by anyone who can post an invoke: the plan is uploaded only to those who may read it all.
        if (!await leaders.LeadsAnyProgrammeAsync(activity, cancellationToken))
        {
            await replies.ReplyTextAsync(activity, PlanTexts.Template.OnlyLeaders, cancellationToken);
            return new InvokeResponse(200, null);
        }

        try
        {
            await uploader.UploadAsync(uploadUrl, await template.BuildAsync(activity.TenantId ?? "", cancellationToken), cancellationToken);
        }
        catch (FileTransferException ex)
        {
            await replies.ReplyTextAsync(activity, ex.UserMessage, cancellationToken);
            return new InvokeResponse(200, null);
        }

        var card = FileConsent.Uploaded(PlanTexts.Template.Sent, info, PlanTexts.Template.FileName, "xlsx");
        await replies.ReplyAsync(activity, card, "template-file", cancellationToken);
        return new InvokeResponse(200, null);
    }

    private static string? Text(JsonElement element, string name) => FileConsent.Text(element, name);
}
