using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// A booking's calendar file (.ics): offered in the person's 1:1 chat, built from the booking as it is when
/// accepted. The context is the client's claim: the person must be a member of the group it names.
/// </summary>
public sealed class BookingCalendarFileOffer(BookingStore store, IUnitDirectory units, TimeProvider time) : IFileOffer
{
    public const string ContextKind = "booking-ics";

    public string Kind => ContextKind;

    public string DeclinedText => BookingTexts.CalendarFileDeclined;

    public static Activity ConsentCard(string fileName, int size, string eventKey, string unitId) =>
        FileConsent.Offer(fileName, BookingTexts.CalendarFileDescription, size,
            new JsonObject { ["kind"] = ContextKind, ["event"] = eventKey, ["unit"] = unitId });

    public async Task<FileOfferOutcome> AcceptAsync(Activity activity, JsonElement context, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var unit = await units.UnitAsync(tenantId, FileConsent.Text(context, "unit") ?? "", cancellationToken);
        var meeting = await store.MeetingAsync(tenantId, FileConsent.Text(context, "event") ?? "", cancellationToken);
        if (unit is null || meeting is null || !await BookingMembers.IsMemberAsync(units, unit, activity.From, cancellationToken))
        {
            return FileOfferOutcome.Refused(BookingTexts.NotAMember);
        }

        if (await store.BookingAsync(tenantId, meeting.EventKey, unit.Id, cancellationToken) is not { IsBooked: true } row)
        {
            return FileOfferOutcome.Refused(BookingTexts.NotBookedForFile);
        }

        return FileOfferOutcome.Ready(new OfferedFile(BookingIcs.Build(meeting, row, time.GetUtcNow()), BookingTexts.CalendarFileDone,
            BookingIcs.FileName(meeting), "ics", "booking-ics-file"));
    }
}
