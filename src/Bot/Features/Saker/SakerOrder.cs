using Dapper;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// The leader's order of a round's saker and which are dropped (table <c>saker_order</c>). A change is
/// applied to the list as it is now and the whole order written back in one transaction.
/// </summary>
public sealed class SakerOrder(Database database, TimeProvider time)
{
    private const string Rows = """
        SELECT author_id AS AuthorId, position AS Position, dropped AS Dropped
        FROM saker_order WHERE round_id = @RoundId
        """;

    private const string Clear = "DELETE FROM saker_order WHERE round_id = @RoundId";

    private const string Insert = """
        INSERT INTO saker_order (round_id, author_id, position, dropped, updated_by, updated_at_ms)
        VALUES (@RoundId, @AuthorId, @Position, @Dropped, @UpdatedBy, @Now)
        """;

    /// <summary>Every sak in saksliste order, with whether the leader dropped it.</summary>
    public async Task<IReadOnlyList<(Sak Sak, bool Dropped)>> OrderedAsync(string roundId, IReadOnlyList<Sak> saker, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = (await c.QueryAsync<OrderRow>(new CommandDefinition(Rows, new { RoundId = roundId }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.AuthorId, StringComparer.Ordinal);
        return Arrange(saker, rows);
    }

    /// <summary>Applies one leader's change and stores the result; false when the sak is not in the round.</summary>
    public async Task<bool> ChangeAsync(string roundId, IReadOnlyList<Sak> saker, string itemId, SakerChange change, string leaderId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.InTransactionAsync(async (c, t) =>
        {
            var rows = (await c.QueryAsync<OrderRow>(Rows, new { RoundId = roundId }, t)).ToDictionary(r => r.AuthorId, StringComparer.Ordinal);
            var list = Arrange(saker, rows).ToList();
            var index = list.FindIndex(e => string.Equals(e.Sak.AuthorId, itemId, StringComparison.Ordinal));
            if (index < 0)
            {
                return false;
            }

            Apply(list, index, change);
            await c.ExecuteAsync(Clear, new { RoundId = roundId }, t);
            for (var i = 0; i < list.Count; i++)
            {
                await c.ExecuteAsync(Insert, new { RoundId = roundId, list[i].Sak.AuthorId, Position = i, list[i].Dropped, UpdatedBy = leaderId, Now = now }, t);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>Ordered saker first (by position), then the rest as sent in; dropped ones keep their place among them.</summary>
    public static IReadOnlyList<(Sak Sak, bool Dropped)> Arrange(IReadOnlyList<Sak> saker, IReadOnlyDictionary<string, OrderRow> rows)
    {
        ArgumentNullException.ThrowIfNull(saker);
        ArgumentNullException.ThrowIfNull(rows);
        return [.. saker
            .Select((s, i) => (Sak: s, Row: rows.GetValueOrDefault(s.AuthorId), Arrival: i))
            .OrderBy(e => e.Row is null ? 1 : 0)
            .ThenBy(e => e.Row?.Position ?? e.Arrival)
            .Select(e => (e.Sak, e.Row?.Dropped ?? false))];
    }

    /// <summary>Moves within the kept saker only, so «Flytt opp» never jumps over a dropped one unseen.</summary>
    public static void Apply(List<(Sak Sak, bool Dropped)> list, int index, SakerChange change)
    {
        ArgumentNullException.ThrowIfNull(list);
        switch (change)
        {
            case SakerChange.Drop:
                list[index] = (list[index].Sak, true);
                return;
            case SakerChange.Restore:
                list[index] = (list[index].Sak, false);
                return;
        }

        var step = change == SakerChange.MoveUp ? -1 : 1;
        var other = index + step;
        while (other >= 0 && other < list.Count && list[other].Dropped)
        {
            other += step;
        }

        if (other >= 0 && other < list.Count && !list[index].Dropped)
        {
            (list[index], list[other]) = (list[other], list[index]);
        }
    }

    public sealed record OrderRow
    {
        public string AuthorId { get; init; } = "";
        public int Position { get; init; }
        public bool Dropped { get; init; }
    }
}

public enum SakerChange
{
    MoveUp,
    MoveDown,
    Drop,
    Restore,
}
