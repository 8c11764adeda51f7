using System.Text.Json;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// A file a feature offers through Teams' file consent (<see cref="FileConsent.Offer"/>). The offer names
/// its <see cref="Kind"/> in the card's context; when the person accepts, <see cref="FileConsentAnswers"/>
/// asks the offer for the file as it is now, uploads it and shows it. Register with
/// <see cref="FileOfferServices.AddFileOffer{TOffer}"/>.
/// </summary>
public interface IFileOffer
{
    /// <summary>The <c>kind</c> this feature's offers carry in their context.</summary>
    string Kind { get; }

    /// <summary>Whether this offer also answers consent cards that name no kind (cards sent before kinds existed).</summary>
    bool TakesOffersWithoutKind => false;

    /// <summary>Told to the person who declined.</summary>
    string DeclinedText { get; }

    /// <summary>
    /// The file for the person who accepted, or why not. The context came back from the client and is its
    /// claim: who may have the file is checked here.
    /// </summary>
    Task<FileOfferOutcome> AcceptAsync(Activity activity, JsonElement context, CancellationToken cancellationToken);
}

/// <summary>The bytes to upload and how the file card reads once uploaded.</summary>
public sealed record OfferedFile(byte[] Content, string SentText, string FallbackName, string FileType, string ReplyPart);

/// <summary>An accepted offer's file, or the Norwegian reason it is refused.</summary>
public sealed record FileOfferOutcome(OfferedFile? File, string? Refusal)
{
    public static FileOfferOutcome Ready(OfferedFile file) => new(file, null);

    public static FileOfferOutcome Refused(string reason) => new(null, reason);
}
