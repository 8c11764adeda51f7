using System.Data.Common;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Saker;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// The plan's project-meeting posts: the call for saker opens a round (anyone in the team may send in
/// a sak until the end of the deadline day, Oslo) and carries the count and «Meld inn sak»; the
/// saksliste post carries the saksliste built from the saker in the leader's order, and files it
/// (<c>Saker/&lt;møte&gt;/Saksliste.docx</c>) in the same transaction.
/// </summary>
public sealed class SakerMeetingPosts(
    SakerRoster roster,
    SakerRounds rounds,
    SakerLeaderService leaders,
    IFilingQueue filing,
    RoundReminders reminders,
    TimeProvider time,
    ILogger<SakerMeetingPosts> logger) : IMeetingPostListener
{
    public const string SakslisteKind = "saker-saksliste";

    public async Task<IMeetingPostAddition?> PrepareAsync(MeetingPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Kind switch
        {
            PostKind.CallForSaker => await CallAsync(post, cancellationToken),
            PostKind.Saksliste => await SakslisteAsync(post, cancellationToken),
            _ => null,
        };
    }

    /// <summary>Saker are accepted until the deadline day (as the call post shows it) is over in Oslo.</summary>
    public static DateTimeOffset DeadlineOf(PlanEvent planEvent)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        var day = planEvent.FirstDate.AddDays(-(planEvent.Agenda?.SakerDaysBefore ?? AgendaRule.DefaultSakerDaysBefore));
        return OsloTime.FromOslo(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>Late saker are accepted until the saksliste's day begins in Oslo (the leader makes the saksliste from them).</summary>
    public static DateTimeOffset LateUntilOf(PlanEvent planEvent)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        var day = planEvent.FirstDate.AddDays(-(planEvent.Agenda?.SakslisteDaysBefore ?? AgendaRule.DefaultSakslisteDaysBefore));
        return OsloTime.FromOslo(day.ToDateTime(TimeOnly.MinValue));
    }

    private async Task<IMeetingPostAddition?> CallAsync(MeetingPost post, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deadline = DeadlineOf(post.Event);
        if (deadline <= now)
        {
            return null;
        }

        var people = await roster.PeopleAsync(post.ServiceUrl, post.TeamId, cancellationToken);
        var meeting = $"{post.Event.Title} · {NorwegianDates.When(post.Event)}";
        var call = new SakerCall(post.TenantId, post.Event.Key, post.Event.Title, meeting, post.Event.FirstDate, post.TeamId, post.ChannelId,
            post.ServiceUrl, post.DedupeKey, deadline) { LateUntil = LateUntilOf(post.Event) };
        return new OpenedCall(SakerRounds.Prepare(call, people, now), reminders, logger);
    }

    private async Task<IMeetingPostAddition> SakslisteAsync(MeetingPost post, CancellationToken cancellationToken)
    {
        if (await rounds.RoundOfEventAsync(post.TenantId, post.Event.Key, cancellationToken) is not { } round)
        {
            SakerLog.SakslisteWithoutRound(logger, post.Event.Key);
            return new Saksliste(null, [], filing, logger);
        }

        return new Saksliste(round, SakerViews.Saksliste(await leaders.OrderedAsync(round, cancellationToken)), filing, logger);
    }

    private sealed class OpenedCall(SakerRound prepared, RoundReminders reminders, ILogger logger) : IMeetingPostAddition
    {
        private SakerRound? stored;

        public async Task<IReadOnlyList<JsonNode>?> StoreAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
        {
            var (round, count) = await SakerRounds.StoreAsync(connection, transaction, prepared, now);
            stored = round;
            SakerLog.RoundOpened(logger, round.Id, round.Record.Round.PlanEventKey, round.Record.People.Count);
            return SakerPostSections.Call(SakerViews.Call(round, count));
        }

        /// <summary>After the commit: the round's chases on the engine's scheduler (idempotent).</summary>
        public Task AfterCommitAsync(CancellationToken cancellationToken) =>
            stored is null ? Task.CompletedTask : reminders.ScheduleAsync(stored.Record, cancellationToken);
    }

    private sealed class Saksliste(SakerRound? round, IReadOnlyList<SakLine> saker, IFilingQueue filing, ILogger logger) : IMeetingPostAddition
    {
        public async Task<IReadOnlyList<JsonNode>?> StoreAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
        {
            if (round is not null)
            {
                await filing.EnqueueAsync(connection, transaction, new FilingRequest($"file:{SakslisteKind}:{round.Id}", round.TenantId, round.TeamId,
                    SakslisteKind, round.Id), CancellationToken.None);
                SakerLog.SakslistePosted(logger, round.Id, saker.Count);
            }

            return SakerPostSections.Saksliste(saker);
        }

        public Task AfterCommitAsync(CancellationToken cancellationToken)
        {
            filing.NotifyCommitted();
            return Task.CompletedTask;
        }
    }
}
