using System.Text.Json;
using System.Text.Json.Nodes;
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
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";

    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && activity.Name == "fileConsent/invoke";

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

        var card = new Activity
        {
            Type = ActivityTypes.Message,
            Text = PlanTexts.Template.Sent,
            Attachments =
            [
                new Attachment
                {
                    ContentType = FileInfoContentType,
                    ContentUrl = Text(info, "contentUrl"),
                    Name = Text(info, "name") ?? PlanTexts.Template.FileName,
                    Content = new JsonObject { ["uniqueId"] = Text(info, "uniqueId"), ["fileType"] = Text(info, "fileType") ?? "xlsx" },
                },
            ],
        };
        await replies.ReplyAsync(activity, card, "template-file", cancellationToken);
        return new InvokeResponse(200, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
