using System.Data.Common;

namespace SkoleUtvikling.Bot.Storage;

/// <summary>Sends a group commit's single statements to the database in one round trip (see <see cref="GroupCommitWriter"/>).</summary>
internal interface IStatementPipeline
{
    /// <summary>Whether the statement's parameters are of kinds the pipeline binds exactly as Dapper would; others run alone.</summary>
    bool CanCarry(object parameters);

    /// <summary>
    /// Runs the statements in order, inside <paramref name="transaction"/>; without one, the statements are their own
    /// transaction: if one fails, none is kept. Returns each one's rows changed.
    /// </summary>
    Task<int[]> RunAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<(string Sql, object Parameters)> statements);
}
