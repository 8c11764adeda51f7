using Dapper;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The one status query over every kind of round: the rounds a person leads (as fixed from the roster and
/// <c>LeaderDirectory</c> when each round opened), open or closed within <see cref="RecentDays"/>, with each
/// expected person's state and chases. Anyone who leads none gets nothing: the role is checked here.
/// </summary>
public sealed class RoundStatusQuery(Database database, RoundStore store, IEnumerable<IRoundKind> kinds, TimeProvider time)
{
    /// <summary>How long a closed round stays on the status card.</summary>
    public const int RecentDays = 14;

    private const int Scanned = 30;

    private const string ChasesSql = """
        SELECT id AS Id, dedupe_key AS DedupeKey, conversation_key AS ConversationKey, status AS Status,
               last_status_code AS LastStatusCode, last_error_code AS LastErrorCode, created_at_ms AS CreatedAtMs
        FROM outbox WHERE dedupe_key LIKE @Prefix ORDER BY id
        """;

    /// <summary>The open and recently closed rounds the person leads, newest deadline first; empty for anyone who leads none.</summary>
    public async Task<IReadOnlyList<RoundStatus>> LedAsync(string tenantId, string userId, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(userId))
        {
            return [];
        }

        var now = time.GetUtcNow();
        var rounds = await store.RoundsLedByAsync(tenantId, userId, aadObjectId, Scanned, cancellationToken);
        var result = new List<RoundStatus>();
        foreach (var round in rounds.Where(r => r.IsLeader(userId, aadObjectId) && IsRecent(r.Round, now)))
        {
            result.Add(await StatusAsync(round, cancellationToken));
        }

        return result;
    }

    /// <summary>One round's status, when the person leads it; null for anyone else (the round id is the client's claim).</summary>
    public async Task<RoundStatus?> LedRoundAsync(string tenantId, string roundId, string userId, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(roundId) || string.IsNullOrWhiteSpace(userId)
            || await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round || !round.IsLeader(userId, aadObjectId))
        {
            return null;
        }

        return await StatusAsync(round, cancellationToken);
    }

    public static bool IsRecent(Round round, DateTimeOffset now) =>
        round.Deadline.AddDays(RecentDays) >= now || (round.LatePolicy.HardClose is { } close && close >= now);

    public async Task<RoundStatus> StatusAsync(RoundRecord round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var submissions = await store.StatesAsync(round.Id, cancellationToken);
        var byAuthor = submissions.ToDictionary(s => s.AuthorId, StringComparer.OrdinalIgnoreCase);
        var (chases, reasons) = await ChasesAndReasonsAsync(round, cancellationToken);
        var people = round.Round.Participants
            .Select(p =>
            {
                var submission = byAuthor.GetValueOrDefault(p);
                var recipients = round.EditorsOf(p).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return new PersonStatus(p, round.NameOf(p) ?? p, CollectionRules.StateOf(round.Round, p, submission),
                    submission?.FirstDelivered?.SavedAt, submission?.LatestDelivered?.SavedAt,
                    [.. chases.Where(c => recipients.Contains(c.RecipientId))], round.Round.Exempt.Contains(p) ? reasons.GetValueOrDefault(p) : null);
            })
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var kind = kinds.FirstOrDefault(k => string.Equals(k.Kind, round.Kind, StringComparison.Ordinal));
        return new RoundStatus(round, kind?.DisplayName ?? round.Kind, CollectionRules.Progress(round.Round, submissions), people);
    }

    private async Task<(IReadOnlyList<ChaseDelivery>, IReadOnlyDictionary<string, string>)> ChasesAndReasonsAsync(RoundRecord round, CancellationToken cancellationToken)
    {
        var prefix = RoundReminderKeys.ChasesOf(round.TenantId, round.Id);
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<ChaseRow>(new CommandDefinition(ChasesSql, new { Prefix = prefix + "%" }, cancellationToken: cancellationToken));
        var reasons = await ExemptReasons.OfRoundAsync(c, round.Id, cancellationToken);
        return ([.. rows
            .Where(r => r.DedupeKey.StartsWith(prefix, StringComparison.Ordinal) && r.ConversationKey.StartsWith(PersonalKey, StringComparison.Ordinal))
            .Select(r => new ChaseDelivery(r.ConversationKey[PersonalKey.Length..],
                r.Status switch { "sent" => ChaseOutcome.Sent, "dead" => ChaseOutcome.Failed, _ => ChaseOutcome.Pending },
                DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtMs), r.LastStatusCode, r.LastErrorCode, r.Id, r.DedupeKey))], reasons);
    }

    private const string PersonalKey = "personal:";

    private sealed class ChaseRow
    {
        public long Id { get; init; }

        public string DedupeKey { get; init; } = "";

        public string ConversationKey { get; init; } = "";

        public string Status { get; init; } = "";

        public int? LastStatusCode { get; init; }

        public string? LastErrorCode { get; init; }

        public long CreatedAtMs { get; init; }
    }
}
