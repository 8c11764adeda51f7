using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Dapper;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Collection.Storage;

/// <summary>
/// Rounds and submissions in the app's database. Writes take the caller's transaction, so a saved
/// answer and the messages and filing it causes commit together (design decision 4).
/// </summary>
public sealed class RoundStore(Database database, RoundCache cache)
{
    private readonly ConcurrentDictionary<(string TenantId, string RoundId, long Generation), Lazy<Task<RoundRecord?>>> _loading = new();

    /// <returns>False when a round with this id already existed (nothing was changed).</returns>
    public static async Task<bool> CreateAsync(DbConnection c, DbTransaction t, RoundRecord record, DateTimeOffset now)
    {
        var round = record.Round;
        var inserted = await c.ExecuteAsync(CollectionSql.InsertRound, new
        {
            RoundId = round.Id,
            round.TenantId,
            FormId = round.Form.Id,
            FormJson = CollectionJson.Serialize(round.Form),
            round.PlanEventKey,
            record.Title,
            record.Meeting,
            MeetingDate = record.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            record.TeamId,
            round.ChannelId,
            record.ServiceUrl,
            record.PostDedupeKey,
            OpensAtMs = round.OpensAt.ToUnixTimeMilliseconds(),
            DeadlineAtMs = round.Deadline.ToUnixTimeMilliseconds(),
            HardCloseAtMs = round.LatePolicy.HardClose?.ToUnixTimeMilliseconds(),
            Now = now.ToUnixTimeMilliseconds(),
            Kind = string.IsNullOrEmpty(record.Kind) ? round.Form.Id : record.Kind,
            AnswerBy = round.AnswerBy == AnswerBy.Unit ? "unit" : "person",
            ReminderPolicyJson = CollectionJson.Serialize(record.Reminders),
        }, t);
        if (inserted == 0)
        {
            return false;
        }

        foreach (var person in record.People)
        {
            await c.ExecuteAsync(CollectionSql.InsertPerson, new
            {
                RoundId = round.Id,
                person.UserId,
                Role = RoleName(person.Role),
                person.AadObjectId,
                person.Name,
            }, t);
        }

        foreach (var editor in record.Editors)
        {
            await c.ExecuteAsync(CollectionSql.InsertEditor, new { RoundId = round.Id, editor.OwnerId, editor.UserId, editor.AadObjectId, editor.Name }, t);
        }

        return true;
    }

    /// <summary>
    /// Saves one edit of an answer as a new version, in one transaction with whatever
    /// <paramref name="alsoInTransaction"/> queues for a saved edit (count update, filing, receipt). With a
    /// <see cref="AnswerEdit.BaseVersion"/>, saving over a newer version is a <see cref="SaveStatus.Conflict"/>:
    /// two editors saving over the same version at once, exactly one wins, on SQLite and PostgreSQL alike
    /// (the version number is the row's key; the loser's insert does nothing).
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(RoundRecord round, AnswerEdit edit, DateTimeOffset now,
        Func<DbConnection, DbTransaction, SaveOutcome, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(edit);
        return await database.InTransactionAsync(async (c, t) =>
        {
            var existing = await OwnSubmissionAsync(c, t, round.TenantId, round.Id, edit.OwnerId);
            var outcome = SubmissionRules.Save(round.Round, existing, edit, now);
            if (outcome.Status != SaveStatus.Saved)
            {
                return outcome;
            }

            var inserted = await InsertVersionAsync(c, t, outcome.Submission!, round.NameOf(edit.OwnerId) ?? edit.OwnerId, onlyIfNew: edit.BaseVersion is not null);
            if (inserted == 0)
            {
                var newer = await OwnSubmissionAsync(c, t, round.TenantId, round.Id, edit.OwnerId);
                return new SaveOutcome(SaveStatus.Conflict, outcome.Window, newer, outcome.Answers, []);
            }

            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(c, t, outcome);
            }

            return outcome;
        }, cancellationToken);
    }

    /// <summary>
    /// The owner's answer for someone who may read it: the person themself, an editor of the unit, or a
    /// leader of the round; null for anyone else (and when there is no answer yet).
    /// </summary>
    public async Task<Submission?> AnswerForAsync(RoundRecord round, string ownerId, string readerId, string? readerAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var mayRead = round.Round.MayEdit(ownerId, readerId, readerAadObjectId)
            || string.Equals(ownerId, readerId, StringComparison.OrdinalIgnoreCase)
            || round.IsLeader(readerId, readerAadObjectId);
        return mayRead ? await SubmissionOfAsync(round.TenantId, round.Id, ownerId, cancellationToken) : null;
    }

    /// <summary>Adds one person to a round (someone who joined the team after it opened).</summary>
    public async Task AddPersonAsync(string roundId, RoundPerson person, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(CollectionSql.InsertPerson, new
        {
            RoundId = roundId,
            person.UserId,
            Role = RoleName(person.Role),
            person.AadObjectId,
            person.Name,
        }, cancellationToken);
        cache.Forget(roundId);
    }

    /// <summary>
    /// Someone left the team (a membership event): they no longer lead any of its rounds. Inside the
    /// caller's transaction; returns how many rounds they led.
    /// </summary>
    public async Task<int> DropLeaderAsync(DbConnection c, DbTransaction t, string tenantId, string teamId, string userId)
    {
        var args = new { TenantId = tenantId, TeamId = teamId, UserId = userId };
        var led = (await c.QueryAsync<string>(CollectionSql.RoundsLedInTeam, args, t)).ToList();
        if (led.Count > 0)
        {
            await c.ExecuteAsync(CollectionSql.DropLeaderInTeam, args, t);
            foreach (var roundId in led)
            {
                cache.Forget(roundId);
            }
        }

        return led.Count;
    }

    /// <summary>Excuses a participant from a round, or takes the excuse back; inside the caller's transaction.</summary>
    public async Task SetExemptAsync(DbConnection c, DbTransaction t, RoundRecord round, string userId, bool exempt)
    {
        var person = round.People.First(p => string.Equals(p.UserId, userId, StringComparison.Ordinal));
        var args = new { RoundId = round.Id, UserId = userId, Role = RoleName(RoundRole.Exempt), person.AadObjectId, person.Name };
        await c.ExecuteAsync(exempt ? CollectionSql.InsertPerson : CollectionSql.RemovePerson, args, t);
        cache.Forget(round.Id);
    }

    /// <summary>
    /// Moves the round's deadline and late limit in one transaction with <paramref name="alsoInTransaction"/> (called
    /// with the round as it is now); the cached round is forgotten. Null when the round is gone.
    /// </summary>
    public async Task<RoundRecord?> MoveDeadlineAsync(RoundRecord round, DateTimeOffset deadline, LatePolicy late,
        Func<DbConnection, DbTransaction, RoundRecord, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(late);
        // The engine's rules hold for the moved round too (after it opens; the late limit after the deadline).
        _ = new Round(round.Id, round.TenantId, round.Round.Form, round.Round.PlanEventKey, round.Round.ChannelId, [], [], [],
            round.Round.OpensAt, deadline, late);
        var moved = await database.InTransactionAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(CollectionSql.MoveDeadline, new
            {
                RoundId = round.Id,
                round.TenantId,
                DeadlineAtMs = deadline.ToUnixTimeMilliseconds(),
                HardCloseAtMs = late.HardClose?.ToUnixTimeMilliseconds(),
            }, t);
            var now = changed == 0 ? null : await RoundAsync(c, t, round.TenantId, round.Id);
            if (now is not null && alsoInTransaction is not null)
            {
                await alsoInTransaction(c, t, now);
            }

            return now;
        }, cancellationToken);
        cache.Forget(round.Id);
        return moved;
    }

    public async Task<RoundRecord?> RoundAsync(string tenantId, string roundId, CancellationToken cancellationToken)
    {
        if (cache.Get(tenantId, roundId) is { } cached)
        {
            return cached;
        }

        // When a post goes out, many people click at once: one read of the round and its thousands of
        // people serves them all, instead of one each. A read that began before a change is not joined.
        var key = (tenantId, roundId, cache.Generation);
        var load = _loading.GetOrAdd(key, k => new Lazy<Task<RoundRecord?>>(() => LoadAsync(k.TenantId, k.RoundId, k.Generation)));
        try
        {
            return await load.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _loading.TryRemove(KeyValuePair.Create(key, load));
        }
    }

    private async Task<RoundRecord?> LoadAsync(string tenantId, string roundId, long generation)
    {
        await using var c = await database.OpenAsync(CancellationToken.None);
        var round = await RoundAsync(c, null, tenantId, roundId);
        if (round is not null)
        {
            cache.Put(round, generation);
        }

        return round;
    }

    public static async Task<RoundRecord?> RoundAsync(DbConnection c, DbTransaction? t, string tenantId, string roundId)
    {
        var row = await c.QuerySingleOrDefaultAsync<RoundRow>(CollectionSql.Round, new { RoundId = roundId, TenantId = tenantId }, t);
        return row is null ? null : await ToRecordAsync(c, t, row);
    }

    public async Task<RoundRecord?> RoundOfEventAsync(string tenantId, string planEventKey, string formId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var row = await c.QuerySingleOrDefaultAsync<RoundRow>(CollectionSql.RoundOfEvent, new { TenantId = tenantId, PlanEventKey = planEventKey, FormId = formId });
        return row is null ? null : await ToRecordAsync(c, null, row);
    }

    /// <summary>Rounds the person answers in (or leads), newest deadline first.</summary>
    public Task<IReadOnlyList<RoundRecord>> RoundsOfMemberAsync(string tenantId, string userId, string? aadObjectId, int limit, CancellationToken cancellationToken) =>
        RoundsOfPersonAsync(tenantId, userId, aadObjectId, leadersOnly: false, limit, cancellationToken);

    /// <summary>Rounds the person leads, newest deadline first.</summary>
    public Task<IReadOnlyList<RoundRecord>> RoundsLedByAsync(string tenantId, string userId, string? aadObjectId, int limit, CancellationToken cancellationToken) =>
        RoundsOfPersonAsync(tenantId, userId, aadObjectId, leadersOnly: true, limit, cancellationToken);

    /// <summary>The submissions the reader may read in the round: their own, or everyone's when they lead it.</summary>
    public async Task<IReadOnlyList<Submission>> ReadableSubmissionsAsync(string tenantId, string roundId, string readerId, string? readerAadObjectId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<VersionRow>(new CommandDefinition(CollectionSql.ReadableVersions,
            new { TenantId = tenantId, RoundId = roundId, ReaderId = readerId, ReaderAadObjectId = readerAadObjectId ?? "" }, cancellationToken: cancellationToken));
        return VersionRow.ToSubmissions(rows);
    }

    /// <summary>The reader's own submissions in every round of the tenant.</summary>
    public async Task<IReadOnlyList<Submission>> OwnSubmissionsAsync(string tenantId, string readerId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<VersionRow>(new CommandDefinition(CollectionSql.OwnVersions,
            new { TenantId = tenantId, ReaderId = readerId }, cancellationToken: cancellationToken));
        return VersionRow.ToSubmissions(rows);
    }

    /// <summary>Every submission with its answers, for filing into the leaders' archive; never shown to a person.</summary>
    public async Task<IReadOnlyList<Submission>> SubmissionsForFilingAsync(string tenantId, string roundId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<VersionRow>(new CommandDefinition(CollectionSql.VersionsForFiling,
            new { TenantId = tenantId, RoundId = roundId }, cancellationToken: cancellationToken));
        return VersionRow.ToSubmissions(rows);
    }

    /// <summary>One author's submission with its answers, for filing their note into the leaders' archive.</summary>
    public async Task<Submission?> SubmissionOfAsync(string tenantId, string roundId, string authorId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await OwnSubmissionAsync(c, null, tenantId, roundId, authorId);
    }

    /// <summary>Every round that took answers at or after <paramref name="since"/>: (tenant, round) pairs.</summary>
    public async Task<IReadOnlyList<(string TenantId, string RoundId)>> RoundsTakingAnswersSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<(string, string)>(new CommandDefinition(CollectionSql.RoundsTakingAnswersSince,
            new { SinceMs = since.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>How many who must answer have delivered (on time or late): the channel's count.</summary>
    public static Task<int> SubmittedCountAsync(DbConnection c, DbTransaction? t, string roundId) =>
        c.ExecuteScalarAsync<int>(CollectionSql.SubmittedCount, new { RoundId = roundId }, t);

    /// <summary>Every submission's versions without their answers: enough for counts and states.</summary>
    public static async Task<IReadOnlyList<Submission>> StatesAsync(DbConnection c, DbTransaction? t, string roundId) =>
        VersionRow.ToSubmissions(await c.QueryAsync<VersionRow>(CollectionSql.VersionStates, new { RoundId = roundId }, t));

    public async Task<IReadOnlyList<Submission>> StatesAsync(string roundId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await StatesAsync(c, null, roundId);
    }

    /// <summary>The author's own submission, read inside the saving transaction.</summary>
    public static async Task<Submission?> OwnSubmissionAsync(DbConnection c, DbTransaction? t, string tenantId, string roundId, string authorId)
    {
        var rows = await c.QueryAsync<VersionRow>(CollectionSql.AuthorVersions,
            new { TenantId = tenantId, RoundId = roundId, AuthorId = authorId }, t);
        var own = VersionRow.ToSubmissions(rows);
        return own.Count == 0 ? null : own[0];
    }

    /// <summary>Stores the newest version of a submission (the one <see cref="SubmissionRules.Save"/> appended).</summary>
    public static Task AppendAsync(DbConnection c, DbTransaction t, Submission submission, string authorName) =>
        InsertVersionAsync(c, t, submission, authorName, onlyIfNew: false);

    private static Task<int> InsertVersionAsync(DbConnection c, DbTransaction t, Submission submission, string authorName, bool onlyIfNew)
    {
        var version = submission.Latest ?? throw new ArgumentException("A submission without versions cannot be saved.", nameof(submission));
        return c.ExecuteAsync(onlyIfNew ? CollectionSql.InsertVersionIfNew : CollectionSql.InsertVersion, new
        {
            submission.RoundId,
            submission.AuthorId,
            version.Number,
            version.EditedBy,
            AuthorName = authorName,
            SavedAtMs = version.SavedAt.ToUnixTimeMilliseconds(),
            AnswersJson = CollectionJson.Serialize(version.Answers),
            version.IsDraft,
            version.IsLate,
        }, t);
    }

    public async Task<IReadOnlySet<string>> PicksAsync(string roundId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return (await c.QueryAsync<string>(new CommandDefinition(CollectionSql.Picks, new { RoundId = roundId }, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Replaces the round's plenum picks with <paramref name="authorIds"/>.</summary>
    public Task SetPicksAsync(string roundId, IEnumerable<string> authorIds, string pickedBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(CollectionSql.ClearPicks, new { RoundId = roundId }, t);
            foreach (var author in authorIds.Distinct(StringComparer.Ordinal))
            {
                await c.ExecuteAsync(CollectionSql.InsertPick, new { RoundId = roundId, AuthorId = author, PickedBy = pickedBy, Now = now.ToUnixTimeMilliseconds() }, t);
            }
        }, cancellationToken);

    /// <summary>The Teams activity id of the round's channel post, or null while it has not been sent.</summary>
    public static Task<string?> PostActivityIdAsync(DbConnection c, DbTransaction? t, string postDedupeKey) =>
        c.ExecuteScalarAsync<string?>(CollectionSql.PostActivityId, new { DedupeKey = postDedupeKey }, t);

    private async Task<IReadOnlyList<RoundRecord>> RoundsOfPersonAsync(string tenantId, string userId, string? aadObjectId, bool leadersOnly, int limit, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var ids = await c.QueryAsync<RoundIdRow>(new CommandDefinition(CollectionSql.RoundsOfPerson,
            new { TenantId = tenantId, UserId = userId, AadObjectId = aadObjectId ?? "", LeadersOnly = leadersOnly, Limit = limit }, cancellationToken: cancellationToken));
        var rounds = new List<RoundRecord>();
        foreach (var id in ids)
        {
            if ((cache.Get(tenantId, id.RoundId) ?? await RoundAsync(c, null, tenantId, id.RoundId)) is { } round)
            {
                rounds.Add(round);
            }
        }

        return rounds;
    }

    private static async Task<RoundRecord> ToRecordAsync(DbConnection c, DbTransaction? t, RoundRow row)
    {
        var people = (await c.QueryAsync<PersonRow>(CollectionSql.People, new { row.RoundId }, t))
            .Select(p => new RoundPerson(p.UserId, ParseRole(p.Role), p.AadObjectId, p.Name))
            .ToList();
        var late = row.HardCloseAtMs is { } close ? LatePolicy.AcceptLateUntil(DateTimeOffset.FromUnixTimeMilliseconds(close)) : LatePolicy.Locked;
        var editors = (await c.QueryAsync<RoundEditor>(CollectionSql.Editors, new { row.RoundId }, t)).ToList();
        var round = new Round(row.RoundId, row.TenantId, CollectionJson.DeserializeForm(row.FormJson), row.PlanEventKey, row.ChannelId,
            Ids(people, RoundRole.Leader), Ids(people, RoundRole.Participant), Ids(people, RoundRole.Exempt),
            DateTimeOffset.FromUnixTimeMilliseconds(row.OpensAtMs), DateTimeOffset.FromUnixTimeMilliseconds(row.DeadlineAtMs), late)
        {
            AnswerBy = row.AnswerBy == "unit" ? AnswerBy.Unit : AnswerBy.Person,
            Editors = EditorSets(editors),
        };
        return new RoundRecord(round, row.Title, row.Meeting, DateOnly.ParseExact(row.MeetingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.TeamId, row.ServiceUrl, row.PostDedupeKey, people)
        {
            Kind = row.Kind,
            Editors = editors,
            Reminders = CollectionJson.DeserializePolicy(row.ReminderPolicyJson),
        };
    }

    /// <summary>The editors as the pure rules check them: per unit, Teams ids and Entra ids in one set.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> EditorSets(IEnumerable<RoundEditor> editors) =>
        editors.GroupBy(e => e.OwnerId, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.SelectMany(e => new[] { e.UserId, e.AadObjectId }).OfType<string>().Where(id => id.Length > 0)
                .ToHashSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Ids(IEnumerable<RoundPerson> people, RoundRole role) =>
        people.Where(p => p.Role == role).Select(p => p.UserId);

    private static string RoleName(RoundRole role) => role switch
    {
        RoundRole.Leader => "leader",
        RoundRole.Exempt => "exempt",
        _ => "participant",
    };

    private static RoundRole ParseRole(string role) => role switch
    {
        "leader" => RoundRole.Leader,
        "exempt" => RoundRole.Exempt,
        _ => RoundRole.Participant,
    };

    private sealed record RoundIdRow
    {
        public string RoundId { get; init; } = "";
        public long DeadlineAtMs { get; init; }
    }

    private sealed record PersonRow
    {
        public string UserId { get; init; } = "";
        public string Role { get; init; } = "";
        public string? AadObjectId { get; init; }
        public string Name { get; init; } = "";
    }

    private sealed record RoundRow
    {
        public string RoundId { get; init; } = "";
        public string TenantId { get; init; } = "";
        public string FormJson { get; init; } = "";
        public string PlanEventKey { get; init; } = "";
        public string Title { get; init; } = "";
        public string Meeting { get; init; } = "";
        public string MeetingDate { get; init; } = "";
        public string TeamId { get; init; } = "";
        public string ChannelId { get; init; } = "";
        public string ServiceUrl { get; init; } = "";
        public string PostDedupeKey { get; init; } = "";
        public long OpensAtMs { get; init; }
        public long DeadlineAtMs { get; init; }
        public long? HardCloseAtMs { get; init; }
        public string Kind { get; init; } = "";
        public string AnswerBy { get; init; } = "person";
        public string? ReminderPolicyJson { get; init; }
    }
}
