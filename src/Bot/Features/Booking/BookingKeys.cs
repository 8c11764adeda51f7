namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Quartz keys of booking posts: <c>{tenant}|booking:{slug}|{unit id}|{event key}</c> (unit empty for posts to every
/// group; the digest has the Oslo day in place of the event key). No '/', so the plan's keys never match them.
/// </summary>
public static class BookingKeys
{
    public const string Announce = "announce";
    public const string WeekBefore = "remind-week";
    public const string Opens = "remind-open";
    public const string DayBefore = "day-before";
    public const string Digest = "digest";

    /// <summary>«Purr grupper» from the status card (an outbox key only, never a Quartz post).</summary>
    public const string Chase = "chase";

    private const string Marker = "|booking:";

    public static string For(string tenantId, string slug, string unitId, string eventKey) => $"{tenantId}{Marker}{slug}|{unitId}|{eventKey}";

    /// <summary>All announcement and reminder posts of a tenant's flexible meetings.</summary>
    public static string MeetingsScope(string tenantId) => $"booking:{tenantId}";

    /// <summary>One group's day-before reminder of one meeting.</summary>
    public static string SlotScope(string tenantId, string eventKey, string unitId) => $"booking-slot:{tenantId}:{unitId}:{eventKey}";

    public static string DigestScope(string tenantId) => $"booking-digest:{tenantId}";

    public static bool TryParse(string postKey, out string tenantId, out string slug, out string unitId, out string eventKey)
    {
        tenantId = slug = unitId = eventKey = "";
        var marker = postKey.IndexOf(Marker, StringComparison.Ordinal);
        if (marker <= 0)
        {
            return false;
        }

        var parts = postKey[(marker + Marker.Length)..].Split('|', 3);
        if (parts.Length != 3 || parts[0] is not (Announce or WeekBefore or Opens or DayBefore or Digest) || parts[2].Length == 0)
        {
            return false;
        }

        (tenantId, slug, unitId, eventKey) = (postKey[..marker], parts[0], parts[1], parts[2]);
        return true;
    }
}
