using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The one way to open a round of any kind. From a fired post: <see cref="Prepare"/> before the
/// transaction, <see cref="StoreAsync"/> inside the post's transaction, <see cref="AfterCommitAsync"/>
/// after it (reminders). From a command: <see cref="OpenAsync"/> does all three.
/// </summary>
public sealed class RoundOpener(Database database, RoundStore store, RoundReminders reminders, TimeProvider time)
{
    /// <summary>The round, not yet stored; its id is deterministic (tenant, subject, form).</summary>
    public static RoundRecord Prepare(RoundOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var people = opening.People;
        var subject = RoundScope.Subject(opening.SubjectKey, opening.Scope);
        var round = new Round(RoundId(opening.TenantId, subject, opening.Form.Id), opening.TenantId, opening.Form, subject,
            opening.ChannelId, Ids(people, RoundRole.Leader), Ids(people, RoundRole.Participant), Ids(people, RoundRole.Exempt),
            opening.OpensAt, opening.Deadline, opening.Late)
        {
            AnswerBy = opening.AnswerBy,
            Editors = RoundStore.EditorSets(opening.Editors),
        };
        return new RoundRecord(round, opening.Title, opening.Meeting, opening.Date, opening.TeamId, opening.ServiceUrl, opening.PostDedupeKey, people)
        {
            Kind = opening.Kind,
            Editors = opening.Editors,
            Reminders = opening.Reminders,
        };
    }

    /// <summary>Stores the round unless it exists (a firing run twice, a command sent twice): the stored round.</summary>
    public static async Task<RoundRecord> StoreAsync(DbConnection c, DbTransaction t, RoundRecord prepared, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        await RoundStore.CreateAsync(c, t, prepared, now);
        return await RoundStore.RoundAsync(c, t, prepared.TenantId, prepared.Id) ?? prepared;
    }

    /// <summary>After the commit: the round's reminders on the scheduler (idempotent).</summary>
    public Task AfterCommitAsync(RoundRecord stored, CancellationToken cancellationToken) => reminders.ScheduleAsync(stored, cancellationToken);

    /// <summary>
    /// Opens a round from a command: stores it (with whatever <paramref name="alsoInTransaction"/> queues,
    /// e.g. its channel post through the outbox), then schedules its reminders.
    /// </summary>
    public async Task<RoundRecord> OpenAsync(RoundOpening opening, Func<DbConnection, DbTransaction, RoundRecord, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        var prepared = Prepare(opening);
        var stored = await database.InTransactionAsync(async (c, t) =>
        {
            var round = await StoreAsync(c, t, prepared, time.GetUtcNow());
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(c, t, round);
            }

            return round;
        }, cancellationToken);
        await AfterCommitAsync(stored, cancellationToken);
        return stored;
    }

    /// <summary>
    /// Moves an open round's deadline (and its late limit), e.g. when the slot it is due at was booked, moved or
    /// cancelled, with whatever <paramref name="alsoInTransaction"/> queues (its post's new deadline); then re-plans its
    /// reminders, chases and escalation from the new deadline: those of the old one are removed, none is doubled, and
    /// reminder moments already past are not sent late. Moving it to the deadline it has changes nothing.
    /// </summary>
    /// <returns>The round as stored now, or null when there is no such round.</returns>
    public async Task<RoundRecord?> RescheduleAsync(RoundRecord round, DateTimeOffset deadline, LatePolicy late,
        Func<DbConnection, DbTransaction, RoundRecord, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(late);
        var moved = await store.MoveDeadlineAsync(round, deadline, late, alsoInTransaction, cancellationToken);
        if (moved is not null)
        {
            await reminders.ScheduleAsync(moved, time.GetUtcNow(), cancellationToken);
        }

        return moved;
    }

    /// <summary>Deterministic, so the same subject's round is found again and never made twice.</summary>
    public static string RoundId(string tenantId, string subjectKey, string formId) =>
        "r-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}|{subjectKey}|{formId}")))[..20];

    private static IEnumerable<string> Ids(IEnumerable<RoundPerson> people, RoundRole role) =>
        people.Where(p => p.Role == role).Select(p => p.UserId);
}
