using System.Globalization;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Cards.Status;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>The engine's round statuses as the status card's model. Names only when <c>showNames</c>.</summary>
public static class StatusViews
{
    public static StatusCardModel Card(IReadOnlyList<RoundStatus> rounds, bool showNames, DateTimeOffset now, string? notice = null) =>
        new([.. rounds
            .GroupBy(r => r.Round.Meeting, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StatusGroupModel(g.Key, [.. g.Select(r => Round(r, showNames, now))]))], showNames)
        { Notice = notice };

    public static StatusRoundModel Round(RoundStatus status, bool showNames, DateTimeOffset now)
    {
        var round = status.Round.Round;
        var missing = status.Missing.Count;
        return new StatusRoundModel(status.Round.Id, status.Round.Title, status.KindName, OsloTime.Format(round.Deadline),
            now > round.Deadline, status.Progress.Delivered, status.Progress.Late, missing, status.Exempt, status.Progress.Expected,
            [.. status.DeliveredPerDay.Select(d => (d.Day.ToString("dd.MM", CultureInfo.InvariantCulture), d.Delivered))],
            showNames ? [.. status.People.Select(Person)] : []);
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
