using System.Data.Common;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Opens a round of reflection notes when a lesebestilling is posted: who must answer comes from the
/// team's roster (members), who leads from the roster (owners) and <c>Leaders:AadObjectIds</c>; it is due
/// when the meeting starts (a flexible meeting: the group's booked slot, else the window's end). The roster is read before the transaction, the round stored inside it.
/// </summary>
public sealed class ReflectionRoundOpener(
    TeamRoster roster,
    ReflectionQuestionSets questions,
    IOptionsMonitor<LeaderOptions> leaders,
    IOptionsMonitor<ReflectionSettings> settings,
    IEnumerable<IMeetingSlots> slots,
    TimeProvider time)
{
    /// <summary>The round a lesebestilling post opens, not yet stored; null when the event asks for no reading.</summary>
    public async Task<RoundRecord?> PrepareAsync(string tenantId, PlanEvent planEvent, string teamId, string channelId,
        string serviceUrl, string postDedupeKey, CancellationToken cancellationToken)
    {
        if (planEvent.Lesebestilling is null)
        {
            return null;
        }

        // A flexible meeting is due at the channel's group's own booked slot, else at the window's end (issue 15).
        var slot = await SlotAsync(tenantId, planEvent, channelId, cancellationToken);
        return await PrepareAsync(tenantId, planEvent, teamId, channelId, serviceUrl, postDedupeKey, channelId, slot, null, planEvent.Title, cancellationToken);
    }

    /// <summary>
    /// The round of one nettverksgruppe of a flexible meeting (issue 15), posted in the group's channel: who answers
    /// and leads from the group's team, due at the group's own booked slot (else the window's end), scoped to the
    /// group so every group has its own round of the same meeting. The questions are those of the programme's channel.
    /// </summary>
    public async Task<RoundRecord?> PrepareForGroupAsync(string tenantId, PlanEvent planEvent, RegisteredUnit group, string questionsChannelId,
        string postDedupeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (planEvent.Lesebestilling is null)
        {
            return null;
        }

        var slot = await SlotAsync(tenantId, planEvent, group.ChannelId, cancellationToken);
        return await PrepareAsync(tenantId, planEvent, group.TeamId, group.ChannelId, group.ServiceUrl, postDedupeKey, questionsChannelId, slot,
            group.Id, ReflectionTexts.GroupRoundTitle(planEvent.Title, group.Name), cancellationToken);
    }

    /// <summary>The deadline of a round due at <paramref name="due"/> that opened at <paramref name="opensAt"/>: never sooner than the minimum time to answer.</summary>
    public DateTimeOffset DeadlineFor(DateTimeOffset due, DateTimeOffset opensAt)
    {
        var earliestDeadline = opensAt.AddHours(settings.CurrentValue.MinimumHoursToAnswer);
        return due > earliestDeadline ? due : earliestDeadline;
    }

    /// <summary>Late notes are accepted for <c>Reflection:LateDays</c> after the deadline (0: locked at it).</summary>
    public LatePolicy LateFor(DateTimeOffset deadline)
    {
        var s = settings.CurrentValue;
        return s.LateDays > 0 ? LatePolicy.AcceptLateUntil(deadline.AddDays(s.LateDays)) : LatePolicy.Locked;
    }

    private async Task<MeetingSlot?> SlotAsync(string tenantId, PlanEvent planEvent, string channelId, CancellationToken cancellationToken)
    {
        MeetingSlot? slot = null;
        if (planEvent.Window is not null)
        {
            foreach (var source in slots)
            {
                slot ??= await source.SlotAsync(tenantId, planEvent.Key, channelId, cancellationToken);
            }
        }

        return slot;
    }

    private async Task<RoundRecord> PrepareAsync(string tenantId, PlanEvent planEvent, string teamId, string channelId, string serviceUrl,
        string postDedupeKey, string questionsChannelId, MeetingSlot? slot, string? scope, string title, CancellationToken cancellationToken)
    {
        var members = await roster.MembersAsync(tenantId, serviceUrl, teamId, cancellationToken);
        var options = leaders.CurrentValue;
        var people = members
            .Select(m => new RoundPerson(m.Id, options.Leads(m) ? RoundRole.Leader : RoundRole.Participant, m.EntraObjectId, m.Name ?? m.Id))
            .ToList();

        // Configured leaders outside the team still lead the round; they are matched by Entra id.
        var inTeam = members.Select(m => m.EntraObjectId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        people.AddRange(options.AadObjectIds.Where(aad => !inTeam.Contains(aad)).Select(aad => new RoundPerson("aad:" + aad, RoundRole.Leader, aad, aad)));

        var now = time.GetUtcNow();
        var deadline = DeadlineFor(MeetingDue.Of(planEvent, slot), now);
        var form = await questions.FormForAsync(tenantId, questionsChannelId, cancellationToken);
        var meeting = $"{ProgrammeNames.Tag(planEvent.Programme)} · {NorwegianDates.When(planEvent)}";
        return RoundOpener.Prepare(new RoundOpening(ReflectionNoteForm.FormId, tenantId, form, planEvent.Key, title, meeting,
            planEvent.FirstDate, teamId, channelId, serviceUrl, postDedupeKey, people, now, deadline, LateFor(deadline))
        {
            // Those still missing are chased automatically after the deadline, then the leaders are told (issue 14).
            Reminders = ReminderPolicy.Chasing,
            Scope = scope,
        });
    }

    /// <summary>Stores the round unless it exists (a firing run twice): the stored round, and the count its post shows.</summary>
    public static async Task<(RoundRecord Round, ReflectionCountModel Count)> StoreAsync(DbConnection c, DbTransaction t, RoundRecord prepared, DateTimeOffset now)
    {
        var round = await RoundOpener.StoreAsync(c, t, prepared, now);
        var progress = CollectionRules.Progress(round.Round, await RoundStore.StatesAsync(c, t, round.Id));
        return (round, ReflectionViews.Count(round, progress));
    }

    /// <summary>Deterministic, so the same event's round is found again and never made twice.</summary>
    public static string RoundId(string tenantId, string planEventKey, string formId) => RoundOpener.RoundId(tenantId, planEventKey, formId);
}
