using System.Globalization;
namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Quartz keys of a round's reminders: <c>{tenant}|round:{roundId}/remind-{yyyyMMddHHmm}</c> or
/// <c>…/chase-{yyyyMMddHHmm}</c> or <c>…/escalate</c>, in the scope <c>round:{roundId}</c>. Deterministic, so re-scheduling a round changes nothing.
/// </summary>
public static class RoundReminderKeys
{
    private const string Marker = "|round:";
    private const string RemindPrefix = "remind-";
    private const string ChasePrefix = "chase-";
    private const string Escalate = "escalate";

    public static string Scope(string roundId) => "round:" + roundId;

    public static string For(string tenantId, string roundId, ScheduledReminder reminder) =>
        $"{tenantId}{Marker}{roundId}/" + reminder.Kind switch
        {
            ReminderKind.Escalate => Escalate,
            ReminderKind.Chase => ChasePrefix + reminder.At.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
            _ => RemindPrefix + reminder.At.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
        };

    /// <summary>
    /// The outbox dedupe key of one chase of one person in one round on one Oslo day:
    /// <c>{tenant}|round:{roundId}/chased-{yyyyMMdd}:{userId}</c>. Automatic chases and «Purr» (of the
    /// round or of one name, by whoever presses) share it, so nobody is chased twice a day.
    /// </summary>
    public static string ChaseOfDay(string tenantId, string roundId, DateOnly osloDay, string userId) =>
        $"{ChasesOf(tenantId, roundId)}{osloDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}:{userId}";

    /// <summary>The prefix of every chase of the round (<see cref="ChaseOfDay"/>), for the per-recipient record.</summary>
    public static string ChasesOf(string tenantId, string roundId) => $"{tenantId}{Marker}{roundId}/chased-";

    /// <summary>The Oslo day a chase key's instant (<c>yyyyMMddHHmm</c>, UTC) falls on.</summary>
    public static DateOnly OsloDayOf(DateTimeOffset utc) => DateOnly.FromDateTime(global::SkoleUtvikling.Scheduling.Calendar.OsloTime.ToOslo(utc).DateTime);

    public static bool IsRoundKey(string postKey) => postKey.Contains(Marker, StringComparison.Ordinal);

    public static bool TryParse(string postKey, out string tenantId, out string roundId, out ReminderKind kind)
    {
        tenantId = roundId = "";
        kind = ReminderKind.Remind;
        var marker = postKey.IndexOf(Marker, StringComparison.Ordinal);
        var slash = postKey.LastIndexOf('/');
        if (marker <= 0 || slash < marker + Marker.Length + 1)
        {
            return false;
        }

        tenantId = postKey[..marker];
        roundId = postKey[(marker + Marker.Length)..slash];
        var tail = postKey[(slash + 1)..];
        kind = tail == Escalate ? ReminderKind.Escalate
            : tail.StartsWith(ChasePrefix, StringComparison.Ordinal) ? ReminderKind.Chase
            : ReminderKind.Remind;
        return tail == Escalate || tail.StartsWith(RemindPrefix, StringComparison.Ordinal) || tail.StartsWith(ChasePrefix, StringComparison.Ordinal);
    }
}
