using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// Every <c>fileConsent/invoke</c>: the offer named by the context's kind answers it. Declined: the offer's
/// text. Accepted: the offer builds the file (or refuses), it is uploaded to the URL Teams gave (checked by
/// <see cref="FileUploader"/>) and shown as a file card. An answer without an upload URL is a 400.
/// </summary>
public sealed class FileConsentAnswers(IEnumerable<IFileOffer> offers, FileUploader uploader, Replies replies) : IActivityHandler
{
    private readonly IFileOffer[] _offers = [.. offers];

    public bool CanHandle(Activity activity) => FileConsent.IsAnswer(activity) && OfferOf(activity) is not null;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var offer = OfferOf(activity)!;
        var value = activity.Value ?? default;
        var action = FileConsent.Text(value, "action");
        if (action == "decline")
        {
            await replies.ReplyTextAsync(activity, offer.DeclinedText, cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (action != "accept" || !value.TryGetProperty("uploadInfo", out var info) || !Uri.TryCreate(FileConsent.Text(info, "uploadUrl"), UriKind.Absolute, out var uploadUrl))
        {
            return new InvokeResponse(400, null);
        }

        var outcome = await offer.AcceptAsync(activity, value.TryGetProperty("context", out var context) ? context : default, cancellationToken);
        if (outcome.File is not { } file)
        {
            await replies.ReplyTextAsync(activity, outcome.Refusal ?? "", cancellationToken);
            return new InvokeResponse(200, null);
        }

        try
        {
            await uploader.UploadAsync(uploadUrl, file.Content, cancellationToken);
        }
        catch (FileTransferException ex)
        {
            await replies.ReplyTextAsync(activity, ex.UserMessage, cancellationToken);
            return new InvokeResponse(200, null);
        }

        await replies.ReplyAsync(activity, FileConsent.Uploaded(file.SentText, info, file.FallbackName, file.FileType), file.ReplyPart, cancellationToken);
        return new InvokeResponse(200, null);
    }

    private IFileOffer? OfferOf(Activity activity) => FileConsent.KindOf(activity) is { } kind
        ? _offers.FirstOrDefault(o => o.Kind == kind)
        : _offers.FirstOrDefault(o => o.TakesOffersWithoutKind);
}
