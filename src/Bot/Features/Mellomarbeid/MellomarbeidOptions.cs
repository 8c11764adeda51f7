using System.Globalization;
using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// <c>Mellomarbeid</c>: when rektor is reminded before the feedback deadline (days before its date, at
/// <see cref="ReminderTime"/> Europe/Oslo, working days only), when rektor and SKUT are chased after it
/// (<see cref="ChaseAfterDays"/> working days after its date, the feedback form inline; off with
/// <see cref="Chase"/> = false) and when the veilederteam hears of a missed deadline, once
/// (<see cref="EscalateAfterDays"/> working day(s) after the last chase, or after the deadline when
/// nobody is chased). The policy is stored with each round, so a change applies to agreements written
/// after it. <see cref="Veilederteam"/> overrides the reminder days per veilederteam (by its unit id,
/// e.g. <c>veilederteam</c>).
/// </summary>
public sealed class MellomarbeidOptions
{
    public const string Section = "Mellomarbeid";

    public List<int> ReminderDays { get; set; } = [7, 2, 0];

    public string ReminderTime { get; set; } = "08:00";

    public int EscalateAfterDays { get; set; } = 1;

    /// <summary>The working days after the deadline's date on which those still missing are chased, when none are configured.</summary>
    public static IReadOnlyList<int> DefaultChaseDays { get; } = [1, 4];

    /// <summary>Chase after the deadline at all (default yes).</summary>
    public bool Chase { get; set; } = true;

    /// <summary>Working days after the deadline's date to chase on; <see cref="DefaultChaseDays"/> (the working day after and three working days later) when not set.</summary>
    public List<int>? ChaseAfterDays { get; set; }

    public Dictionary<string, List<int>> Veilederteam { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<int> DaysFor(string veilederteamUnitId) =>
        Veilederteam.TryGetValue(veilederteamUnitId, out var days) && days.Count > 0 ? days : ReminderDays;

    /// <summary>The reminder policy stored with a new round of this veilederteam (08:00 when the time does not parse).</summary>
    public ReminderPolicy PolicyFor(string veilederteamUnitId)
    {
        var at = TimeOnly.TryParseExact(ReminderTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(8, 0);
        // The engine schedules chases only while late answers are accepted: the round's late window (180 days) is far beyond these.
        var chases = Chase
            ? [.. (ChaseAfterDays is { Count: > 0 } days ? days : DefaultChaseDays).Where(d => d >= 1).Distinct().Order().Select(d => new ReminderOffset(d, at))]
            : new List<ReminderOffset>();
        return new ReminderPolicy([.. DaysFor(veilederteamUnitId).Where(d => d >= 0).Distinct().Select(d => new ReminderOffset(d, at))],
            new ReminderOffset(Math.Max(1, EscalateAfterDays), at))
        {
            ChaseAfter = chases,
            ChaseInWorkingDays = true,
            EscalateAfterChases = chases.Count > 0,
        };
    }
}
