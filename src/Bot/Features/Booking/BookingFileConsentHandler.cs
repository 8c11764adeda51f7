using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// <c>fileConsent/invoke</c> for a booking's calendar file (context kind <c>booking-ics</c>): on accept the .ics of
/// the booking as it is now is uploaded to the person's OneDrive (Teams' upload URL, checked by
/// <see cref="FileUploader"/>) and shown as a file card. The context is the client's claim: the person must be a
/// member of the group it names.
/// </summary>
public sealed class BookingFileConsentHandler(BookingStore store, IUnitDirectory units, FileUploader uploader, Replies replies, TimeProvider time) : IActivityHandler
{
    public const string ContextKind = "booking-ics";

    public static Activity ConsentCard(string fileName, int size, string eventKey, string unitId) =>
        FileConsent.Offer(fileName, BookingTexts.CalendarFileDescription, size,
            new JsonObject { ["kind"] = ContextKind, ["event"] = eventKey, ["unit"] = unitId });

    public bool CanHandle(Activity activity) => FileConsent.IsAnswer(activity) && FileConsent.KindOf(activity) == ContextKind;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value ?? default;
        var context = value.GetProperty("context");
        if (Text(value, "action") == "decline")
        {
            await replies.ReplyTextAsync(activity, BookingTexts.CalendarFileDeclined, cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (Text(value, "action") != "accept" || !value.TryGetProperty("uploadInfo", out var info)
            || !Uri.TryCreate(Text(info, "uploadUrl"), UriKind.Absolute, out var uploadUrl))
        {
            return new InvokeResponse(400, null);
        }

        var tenantId = activity.TenantId ?? "";
        var unit = await units.UnitAsync(tenantId, Text(context, "unit") ?? "", cancellationToken);
        var meeting = await store.MeetingAsync(tenantId, Text(context, "event") ?? "", cancellationToken);
        if (unit is null || meeting is null || !await BookingMembers.IsMemberAsync(units, unit, activity.From, cancellationToken))
        {
            await replies.ReplyTextAsync(activity, BookingTexts.NotAMember, cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (await store.BookingAsync(tenantId, meeting.EventKey, unit.Id, cancellationToken) is not { IsBooked: true } row)
        {
            await replies.ReplyTextAsync(activity, BookingTexts.NotBookedForFile, cancellationToken);
            return new InvokeResponse(200, null);
        }

        try
        {
            await uploader.UploadAsync(uploadUrl, BookingIcs.Build(meeting, row, time.GetUtcNow()), cancellationToken);
        }
        catch (FileTransferException ex)
        {
            await replies.ReplyTextAsync(activity, ex.UserMessage, cancellationToken);
            return new InvokeResponse(200, null);
        }

        var card = FileConsent.Uploaded(BookingTexts.CalendarFileDone, info, BookingIcs.FileName(meeting), "ics");
        await replies.ReplyAsync(activity, card, "booking-ics-file", cancellationToken);
        return new InvokeResponse(200, null);
    }

    private static string? Text(JsonElement element, string name) => FileConsent.Text(element, name);
}
