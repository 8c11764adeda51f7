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
