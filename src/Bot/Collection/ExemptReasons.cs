using System.Data.Common;
using Dapper;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Why someone is excused from a round (<c>fritak</c>), for every kind of round: stored beside the
/// exemption in the same transaction, shown on the status card and in the report.
/// </summary>
public static class ExemptReasons
{
    public const string Sick = "sykemeldt";
    public const string Leave = "permisjon";
    public const string Other = "annet";

    public static readonly IReadOnlyList<string> All = [Sick, Leave, Other];

    private const string UpsertSql = """
        INSERT INTO collection_exempt_reasons (round_id, user_id, reason, set_by, set_at_ms)
        VALUES (@RoundId, @UserId, @Reason, @SetBy, @SetAtMs)
        ON CONFLICT (round_id, user_id) DO UPDATE SET reason = excluded.reason, set_by = excluded.set_by, set_at_ms = excluded.set_at_ms
        """;

    private const string RemoveSql = "DELETE FROM collection_exempt_reasons WHERE round_id = @RoundId AND user_id = @UserId";

    private const string OfRoundSql = "SELECT user_id AS UserId, reason AS Reason FROM collection_exempt_reasons WHERE round_id = @RoundId";

    /// <summary>
    /// The reason in a typed command (<c>fritak @Ola sykemeldt</c>): the last whole word that is a reason,
    /// outside the mention's <c>&lt;at&gt;…&lt;/at&gt;</c> and a quoted round title; <see cref="Other"/> when none is given.
    /// </summary>
    public static string Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var outsideMentions = System.Text.RegularExpressions.Regex.Replace(text, "<at>.*?</at>|«.*?»|\".*?\"", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return outsideMentions.Split([' ', '\t', '\n', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .LastOrDefault(All.Contains) ?? Other;
    }

    public static Task SetAsync(DbConnection c, DbTransaction t, string roundId, string userId, string reason, string setBy, DateTimeOffset now) =>
        c.ExecuteAsync(UpsertSql, new { RoundId = roundId, UserId = userId, Reason = reason, SetBy = setBy, SetAtMs = now.ToUnixTimeMilliseconds() }, t);

    public static Task RemoveAsync(DbConnection c, DbTransaction t, string roundId, string userId) =>
        c.ExecuteAsync(RemoveSql, new { RoundId = roundId, UserId = userId }, t);

    public static async Task<IReadOnlyDictionary<string, string>> OfRoundAsync(DbConnection c, string roundId, CancellationToken cancellationToken)
    {
        var rows = await c.QueryAsync<(string UserId, string Reason)>(new CommandDefinition(OfRoundSql, new { RoundId = roundId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.UserId, r => r.Reason, StringComparer.OrdinalIgnoreCase);
    }
}
