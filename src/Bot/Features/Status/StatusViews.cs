using System.Globalization;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Cards.Status;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>The engine's round statuses as the status card's model. Names only when <c>showNames</c>.</summary>
public static class StatusViews
{
    public static StatusCardModel Card(IReadOnlyList<RoundStatus> rounds, bool showNames, DateTimeOffset now, string? notice = null,
        Func<RoundStatus, PersonStatus, string?>? unitOf = null) =>
        new([.. rounds
            .GroupBy(r => r.Round.Meeting, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StatusGroupModel(g.Key, [.. g.Select(r => Round(r, showNames, now, unitOf))]))], showNames)
        { Notice = notice };

    /// <summary>
    /// One round as the card shows it. With <paramref name="unitOf"/> (a person's school or unit, or null), and
    /// people in more than one unit, the counts per unit (for both views) and each name's unit (1:1 view only).
    /// </summary>
    public static StatusRoundModel Round(RoundStatus status, bool showNames, DateTimeOffset now, Func<RoundStatus, PersonStatus, string?>? unitOf = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        var round = status.Round.Round;
        var missing = status.Missing.Count;
        var units = unitOf is null ? [] : status.People.Select(p => (Person: p, Unit: unitOf(status, p) ?? StatusCardTexts.NoUnit)).ToList();
        var grouped = units.Select(u => u.Unit).Distinct(StringComparer.Ordinal).Count() > 1;
        var unitOfPerson = grouped ? units.ToDictionary(u => u.Person.UserId, u => u.Unit, StringComparer.OrdinalIgnoreCase) : null;
        return new StatusRoundModel(status.Round.Id, status.Round.Title, status.KindName, OsloTime.Format(round.Deadline),
            now > round.Deadline, status.Progress.Delivered, status.Progress.Late, missing, status.Exempt, status.Progress.Expected,
            [.. status.DeliveredPerDay.Select(d => (d.Day.ToString("dd.MM", CultureInfo.InvariantCulture), d.Delivered))],
            showNames ? [.. status.People.Select(p => Person(p) with { Unit = unitOfPerson?.GetValueOrDefault(p.UserId) })] : [])
        {
            Units = grouped ? [.. units
                .GroupBy(u => u.Unit, StringComparer.Ordinal)
                .OrderBy(g => g.Key == StatusCardTexts.NoUnit).ThenBy(g => g.Key, StringComparer.CurrentCulture)
                .Select(g => new StatusUnitModel(g.Key,
                    g.Count(u => u.Person.State is PersonState.Delivered or PersonState.Late),
                    g.Count(u => u.Person.State != PersonState.Exempt),
                    g.Count(u => u.Person.State is PersonState.Assigned or PersonState.Draft)))] : [],
        };
    }

    /// <summary>A section another feature contributes, as the card shows it.</summary>
    public static StatusSectionModel Section(StatusSectionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Source, view.ItemId, view.Title, view.Subtitle, view.Summary, view.MissingLabel, view.Missing, view.ChaseLabel);
    }

    private static StatusPersonModel Person(PersonStatus person)
    {
        var state = person.State switch
        {
            PersonState.Delivered => StatusPersonState.Delivered,
            PersonState.Late => StatusPersonState.Late,
            PersonState.Exempt => StatusPersonState.Exempt,
            _ => StatusPersonState.Missing,
        };
        return new StatusPersonModel(person.UserId, person.Name, state, person.ExemptReason, ChaseText(person), person.LastChase?.Outcome == ChaseOutcome.Failed);
    }

    /// <summary>The last chase's result in words: sent, failed and why, or delivered meanwhile.</summary>
    public static string? ChaseText(PersonStatus person)
    {
        if (person.LastChase is not { } chase)
        {
            return null;
        }

        var when = OsloTime.Format(chase.QueuedAt);
        if (person.State is PersonState.Delivered or PersonState.Late && person.FirstDelivered >= chase.QueuedAt)
        {
            return StatusTexts.DeliveredMeanwhile(when);
        }

        return chase.Outcome switch
        {
            ChaseOutcome.Sent => StatusTexts.Sent(when),
            ChaseOutcome.Failed => StatusTexts.Failed(Reason(chase)),
            _ => StatusTexts.Pending(when),
        };
    }

    /// <summary>Why a chase failed, in words a leader understands: 403/404 with a conversation-gone code means the app is not installed for them.</summary>
    public static string Reason(ChaseDelivery chase) =>
        chase.StatusCode is 403 or 404 && (chase.ErrorCode is null || FailureClassifier.ConversationGoneCodes.Contains(chase.ErrorCode, StringComparer.OrdinalIgnoreCase))
            ? StatusTexts.NoAppReason
            : chase.StatusCode is null && chase.ErrorCode is null ? StatusTexts.UnknownReason : StatusTexts.FailedCode(chase.StatusCode, chase.ErrorCode);
}
