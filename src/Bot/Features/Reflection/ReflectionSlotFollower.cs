using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// A nettverksgruppe's round of a flexible meeting is due at the group's booked slot, or at the window's end when it
/// has none (issue 15). When the group books, moves or cancels after its round opened, the round's deadline (and so
/// its reminders, chases and escalation, which the engine plans from it) moves with the booking, and its post shows
/// the new deadline. A round whose deadline has passed keeps it.
/// </summary>
public sealed class ReflectionSlotFollower(RoundStore store, RoundOpener opener, ReflectionRoundOpener rounds, ReflectionCountUpdates counts,
    IOutbox outbox, TimeProvider time, ILogger<ReflectionSlotFollower> logger) : IMeetingSlotListener
{
    public async Task SlotChangedAsync(MeetingSlotChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        // The group's own round; and the meeting's round when it was posted in the group's own channel.
        var ids = new[]
        {
            RoundOpener.RoundId(change.TenantId, RoundScope.Subject(change.EventKey, change.UnitId), ReflectionNoteForm.FormId),
            RoundOpener.RoundId(change.TenantId, change.EventKey, ReflectionNoteForm.FormId),
        };
        foreach (var id in ids)
        {
            if (await store.RoundAsync(change.TenantId, id, cancellationToken) is { } round && ReflectionNoteForm.Owns(round)
                && (RoundScope.Split(round.Round.PlanEventKey).Scope == change.UnitId || round.Round.ChannelId == change.ChannelId))
            {
                await FollowAsync(round, change, cancellationToken);
            }
        }
    }

    private async Task FollowAsync(RoundRecord round, MeetingSlotChange change, CancellationToken cancellationToken)
    {
        if (round.Round.Deadline <= time.GetUtcNow())
        {
            ReflectionLog.DeadlinePassed(logger, round.Id, change.UnitId);
            return;
        }

        var deadline = rounds.DeadlineFor(change.Due, round.Round.OpensAt);
        if (deadline == round.Round.Deadline)
        {
            return;
        }

        var queued = false;
        var moved = await opener.RescheduleAsync(round, deadline, rounds.LateFor(deadline), async (c, t, now) =>
            queued = await counts.EnqueueAsync(c, t, now, await RoundStore.SubmittedCountAsync(c, t, now.Id), cancellationToken, deadlineMoved: true),
            cancellationToken);
        if (queued)
        {
            outbox.NotifyCommitted();
        }

        if (moved is not null)
        {
            ReflectionLog.DeadlineMoved(logger, round.Id, change.UnitId, deadline);
        }
    }
}
