using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// The one place saker talks to the collection engine (rounds, submissions, versions): a call for saker
/// opens a round of the <see cref="FormId"/> form, each person's submission is their sak, every save a
/// new version. Kept in one file so the engine's API can change behind it.
/// </summary>
public sealed class SakerRounds(RoundStore store, Database database)
{
    public const string FormId = "sak";

    private const int ListedRounds = 20;
    private const int SaveAttempts = 3;

    /// <summary>The engine's view of the form; the card (<see cref="SakForm"/>) checks the minutes as a number first.</summary>
    public static FormDefinition Form { get; } = new(FormId, SakerCardTexts.FormHeading,
    [
        new FormField(SakForm.Title, SakerCardTexts.TitleLabel, FieldKind.ShortText, required: true, maxLength: SakForm.TitleMaxLength),
        new FormField(SakForm.Description, SakerCardTexts.DescriptionLabel, FieldKind.LongText, required: true, maxLength: SakForm.DescriptionMaxLength),
        new FormField(SakForm.Presenter, SakerCardTexts.PresenterLabel, FieldKind.ShortText, required: true, maxLength: SakForm.PresenterMaxLength),
        new FormField(SakForm.Minutes, SakerCardTexts.MinutesLabel, FieldKind.ShortText, required: true, maxLength: 3),
    ]);

    /// <summary>
    /// The engine's reminder policy of every round of saker: no reminders before the deadline (the call post
    /// is the invitation), chases of those who sent none the first working day after the deadline day and
    /// three working days later at 08.00 (while late saker are accepted, see <see cref="SakerCall.LateUntil"/>),
    /// then the leaders hear once, at 14.00 on the day of the last chase.
    /// </summary>
    public static ReminderPolicy Reminders { get; } = new([], new ReminderOffset(0, new TimeOnly(14, 0)))
    {
        ChaseAfter = [new(0, new TimeOnly(8, 0)), new(3, new TimeOnly(8, 0))],
        ChaseInWorkingDays = true,
        EscalateAfterChases = true,
    };

    /// <summary>
    /// The round a call for saker opens, not yet stored: open now, until the end of the deadline day; late
    /// saker until <see cref="SakerCall.LateUntil"/> when it is after the deadline.
    /// </summary>
    public static SakerRound Prepare(SakerCall call, IReadOnlyList<SakerPerson> people, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        var roundPeople = people.Select(p => new RoundPerson(p.UserId, p.Leads ? RoundRole.Leader : RoundRole.Participant, p.AadObjectId, p.Name)).ToList();
        var round = new Round(RoundId(call.TenantId, call.PlanEventKey), call.TenantId, Form, call.PlanEventKey, call.ChannelId,
            roundPeople.Where(p => p.Role == RoundRole.Leader).Select(p => p.UserId),
            roundPeople.Where(p => p.Role == RoundRole.Participant).Select(p => p.UserId),
            [], now, call.Deadline, call.LateUntil is { } until && until > call.Deadline ? LatePolicy.AcceptLateUntil(until) : LatePolicy.Locked);
        return Wrap(new RoundRecord(round, call.Title, call.Meeting, call.MeetingDate, call.TeamId, call.ServiceUrl, call.PostDedupeKey, roundPeople)
        {
            Reminders = Reminders,
        });
    }

    /// <summary>Stores the round unless a firing run twice already did; the stored round and its number of saker.</summary>
    public static async Task<(SakerRound Round, int Count)> StoreAsync(DbConnection c, DbTransaction t, SakerRound prepared, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        await RoundStore.CreateAsync(c, t, prepared.Record, now);
        var stored = await RoundStore.RoundAsync(c, t, prepared.TenantId, prepared.Id) ?? prepared.Record;
        return (Wrap(stored), await CountAsync(c, t, stored.Id));
    }

    public async Task<SakerRound?> RoundAsync(string tenantId, string? roundId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(roundId) ? null : Saker(await store.RoundAsync(tenantId, roundId, cancellationToken));

    public async Task<SakerRound?> RoundOfEventAsync(string tenantId, string planEventKey, CancellationToken cancellationToken) =>
        Saker(await store.RoundOfEventAsync(tenantId, planEventKey, FormId, cancellationToken));

    /// <summary>Saker rounds the person is in (or only those they lead), newest deadline first.</summary>
    public async Task<IReadOnlyList<SakerRound>> RoundsOfAsync(string tenantId, string userId, string? aadObjectId, bool leadersOnly, CancellationToken cancellationToken)
    {
        var rounds = leadersOnly
            ? await store.RoundsLedByAsync(tenantId, userId, aadObjectId, ListedRounds, cancellationToken)
            : await store.RoundsOfMemberAsync(tenantId, userId, aadObjectId, ListedRounds, cancellationToken);
        return [.. rounds.Select(Saker).OfType<SakerRound>()];
    }

    /// <summary>Every sak sent in, oldest first (the first time each was sent in), with its newest text.</summary>
    public async Task<IReadOnlyList<Sak>> SakerAsync(SakerRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var submissions = await store.SubmissionsForFilingAsync(round.TenantId, round.Id, cancellationToken);
        return [.. submissions.Select(s => ToSak(round, s)).OfType<Sak>().OrderBy(s => s.SubmittedAt).ThenBy(s => s.AuthorId, StringComparer.Ordinal)];
    }

    public async Task<Sak?> OwnAsync(SakerRound round, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        return ToSak(round, await store.SubmissionOfAsync(round.TenantId, round.Id, userId, cancellationToken));
    }

    /// <summary>Whether the person may send in or change their sak now.</summary>
    public static SakerWindow Window(SakerRound round, string userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        return CollectionRules.CanSubmit(round.Record.Round, userId, now) switch
        {
            SubmitWindow.Open or SubmitWindow.Late => SakerWindow.Open,
            SubmitWindow.NotInRound => SakerWindow.NotInRound,
            SubmitWindow.NotOpenYet => SakerWindow.NotOpenYet,
            _ => SakerWindow.Closed,
        };
    }

    /// <summary>Someone in the team who was not when the round opened joins it (Teams' roster decided, never what they typed).</summary>
    public async Task<SakerRound> JoinAsync(SakerRound round, SakerPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(person);
        await store.AddPersonAsync(round.Id, new RoundPerson(person.UserId, person.Leads ? RoundRole.Leader : RoundRole.Participant, person.AadObjectId, person.Name), cancellationToken);
        return await RoundAsync(round.TenantId, round.Id, cancellationToken) ?? round;
    }

    /// <summary>
    /// Saves the person's sak as a new version, in one transaction with what <paramref name="alsoStore"/>
    /// queues (receipt, count, …; it gets the number of saker after the save and whether this was the
    /// person's first). Sending the same answers again saves nothing and queues nothing.
    /// </summary>
    public async Task<SakerSave> SaveAsync(SakerRound round, string userId, string authorName, IReadOnlyDictionary<string, string> answers,
        DateTimeOffset now, Func<DbConnection, DbTransaction, Sak, int, bool, Task> alsoStore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(alsoStore);
        var typed = answers.ToDictionary(a => a.Key, a => (string?)a.Value, StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await database.InTransactionAsync(async (c, t) =>
                {
                    var own = await RoundStore.OwnSubmissionAsync(c, t, round.TenantId, round.Id, userId);
                    var outcome = SubmissionRules.Save(round.Record.Round, own, userId, typed, SaveKind.Deliver, now);
                    if (outcome.Status == SaveStatus.Refused)
                    {
                        return new SakerSave(SakerSaveStatus.Closed, null);
                    }

                    if (outcome.Status == SaveStatus.Invalid)
                    {
                        return new SakerSave(SakerSaveStatus.Invalid, null);
                    }

                    if (own?.LatestDelivered is { } latest && SameAnswers(latest.Answers, outcome.Answers))
                    {
                        return new SakerSave(SakerSaveStatus.Unchanged, ToSak(round, own));
                    }

                    await RoundStore.AppendAsync(c, t, outcome.Submission!, authorName);
                    var sak = ToSak(round, outcome.Submission)!;
                    await alsoStore(c, t, sak, await CountAsync(c, t, round.Id), own?.LatestDelivered is null);
                    return new SakerSave(SakerSaveStatus.Saved, sak);
                }, cancellationToken);
            }
            catch (DbException ex) when (attempt < SaveAttempts && IsRaceLost(ex))
            {
                // Two saves of one sak at once both took the next version number; the loser tries again.
            }
        }
    }

    /// <summary>The Teams id of the round's channel post once it is sent, inside the caller's transaction.</summary>
    public static Task<string?> PostActivityIdAsync(DbConnection c, DbTransaction t, SakerRound round) =>
        RoundStore.PostActivityIdAsync(c, t, round.Record.PostDedupeKey);

    /// <summary>Deterministic, so a call fired twice finds its round again.</summary>
    public static string RoundId(string tenantId, string planEventKey) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}|{planEventKey}|{FormId}")))[..20];

    private static async Task<int> CountAsync(DbConnection c, DbTransaction? t, string roundId) =>
        (await RoundStore.StatesAsync(c, t, roundId)).Count(s => s.LatestDelivered is not null);

    private static SakerRound? Saker(RoundRecord? record) =>
        record is not null && record.Round.Form.Id == FormId ? Wrap(record) : null;

    private static SakerRound Wrap(RoundRecord record) => new(record);

    private static Sak? ToSak(SakerRound round, Submission? submission)
    {
        if (submission?.LatestDelivered is not { } latest || submission.FirstDelivered is not { } first)
        {
            return null;
        }

        var minutes = int.TryParse(latest.Answers.GetValueOrDefault(SakForm.Minutes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 0;
        return new Sak(submission.AuthorId, round.NameOf(submission.AuthorId), latest.Answers.GetValueOrDefault(SakForm.Title, ""),
            latest.Answers.GetValueOrDefault(SakForm.Description, ""), latest.Answers.GetValueOrDefault(SakForm.Presenter, ""), minutes,
            first.SavedAt, latest.SavedAt, latest.Number);
    }

    private static bool SameAnswers(IReadOnlyDictionary<string, string> saved, IReadOnlyDictionary<string, string> typed) =>
        saved.Count == typed.Count && saved.All(a => typed.TryGetValue(a.Key, out var t) && string.Equals(a.Value, t, StringComparison.Ordinal));

    private static bool IsRaceLost(DbException ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure }
        || ex is SqliteException { SqliteErrorCode: 19 or 5 };
}

/// <summary>A stored round of saker (the engine's record behind it stays inside <see cref="SakerRounds"/> and this type).</summary>
public sealed record SakerRound(RoundRecord Record)
{
    public string Id => Record.Id;

    public string TenantId => Record.TenantId;

    public string TeamId => Record.TeamId;

    public string ServiceUrl => Record.ServiceUrl;

    public string ChannelId => Record.Round.ChannelId;

    public string Title => Record.Title;

    public string Meeting => Record.Meeting;

    public DateOnly MeetingDate => Record.MeetingDate;

    public DateTimeOffset Deadline => Record.Round.Deadline;

    public bool IsMember(string userId) => Record.Round.IsMember(userId);

    public bool IsLeader(string userId, string? aadObjectId) => Record.IsLeader(userId, aadObjectId);

    public string NameOf(string userId) => Record.NameOf(userId) ?? userId;
}

/// <summary>What a call-for-saker post knows when it opens its round.</summary>
public sealed record SakerCall(string TenantId, string PlanEventKey, string Title, string Meeting, DateOnly MeetingDate,
    string TeamId, string ChannelId, string ServiceUrl, string PostDedupeKey, DateTimeOffset Deadline)
{
    /// <summary>Late saker (and chases) are accepted until this instant, when after the deadline: the start of the saksliste's day.</summary>
    public DateTimeOffset? LateUntil { get; init; }
}

/// <summary>A person of the team as the roster gave them.</summary>
public sealed record SakerPerson(string UserId, bool Leads, string? AadObjectId, string Name);

/// <summary>One sak: the newest version of a person's submission.</summary>
public sealed record Sak(string AuthorId, string AuthorName, string Title, string Description, string Presenter, int Minutes,
    DateTimeOffset SubmittedAt, DateTimeOffset SavedAt, int Version);

public enum SakerWindow
{
    Open,
    NotOpenYet,
    Closed,
    NotInRound,
}

public enum SakerSaveStatus
{
    Saved,
    Unchanged,
    Invalid,
    Closed,
}

public sealed record SakerSave(SakerSaveStatus Status, Sak? Sak);
