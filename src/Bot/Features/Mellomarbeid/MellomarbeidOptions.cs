using System.Globalization;
using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// <c>Mellomarbeid</c>: when rektor is reminded before the feedback deadline (days before its date, at
/// <see cref="ReminderTime"/> Europe/Oslo, working days only) and when the veilederteam hears of a missed
/// deadline (<see cref="EscalateAfterDays"/> working day(s) after it). The policy is stored with each
/// round, so a change applies to agreements written after it. <see cref="Veilederteam"/> overrides the
/// days per veilederteam (by its unit id, e.g. <c>veilederteam</c>).
/// </summary>
public sealed class MellomarbeidOptions
{
    public const string Section = "Mellomarbeid";

    public List<int> ReminderDays { get; set; } = [7, 2, 0];

    public string ReminderTime { get; set; } = "08:00";

    public int EscalateAfterDays { get; set; } = 1;

    public Dictionary<string, List<int>> Veilederteam { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<int> DaysFor(string veilederteamUnitId) =>
        Veilederteam.TryGetValue(veilederteamUnitId, out var days) && days.Count > 0 ? days : ReminderDays;

    /// <summary>The reminder policy stored with a new round of this veilederteam (08:00 when the time does not parse).</summary>
    public ReminderPolicy PolicyFor(string veilederteamUnitId)
    {
        var at = TimeOnly.TryParseExact(ReminderTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(8, 0);
        return new ReminderPolicy([.. DaysFor(veilederteamUnitId).Where(d => d >= 0).Distinct().Select(d => new ReminderOffset(d, at))],
            new ReminderOffset(Math.Max(1, EscalateAfterDays), at));
    }
}
