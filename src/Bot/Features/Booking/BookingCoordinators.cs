namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Who gets the booking digest: the coordinator the plan names («Meld fra til Arne K.») among the configured
/// coordinators (<c>Leaders:AadObjectIds</c>) the bot can reach in a 1:1 chat; when the plan names nobody, or
/// nobody of them matches the name, every one of them (no change goes unreported).
/// </summary>
public static class BookingCoordinators
{
    /// <summary>The recipients among <paramref name="coordinators"/> for the plan's names (<see cref="BookingMeeting.ReportTo"/>).</summary>
    public static IReadOnlyList<T> Recipients<T>(IReadOnlyList<T> coordinators, Func<T, string?> nameOf, IEnumerable<string?> namedInPlan)
    {
        ArgumentNullException.ThrowIfNull(coordinators);
        ArgumentNullException.ThrowIfNull(nameOf);
        var named = namedInPlan.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var matching = coordinators.Where(c => named.Any(n => Names(n, nameOf(c)))).ToList();
        return matching.Count > 0 ? matching : coordinators;
    }

    /// <summary>
    /// Whether a short name in the plan names a person: its first word is their first name, and each later word
    /// (often an initial, «K.») begins one of their later names, in order. «Arne K.» names «Arne Karlsen» and
    /// «Arne Kristian Olsen», not «Arnold Karlsen» or «Kari Arnesen».
    /// </summary>
    public static bool Names(string namedInPlan, string? personName)
    {
        var given = Words(namedInPlan);
        var full = Words(personName ?? "");
        if (given.Length == 0 || full.Length == 0 || !string.Equals(given[0], full[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = 1;
        foreach (var word in given.Skip(1))
        {
            while (next < full.Length && !full[next].StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                next++;
            }

            if (next == full.Length)
            {
                return false;
            }

            next++;
        }

        return true;
    }

    private static string[] Words(string name) =>
        [.. name.Split([' ', '\t', '.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
