using System.Data.Common;
using Dapper;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>Writes filing jobs inside the caller's transaction.</summary>
public sealed class FilingJobStore(TimeProvider time, FilingSignal signal) : IFilingQueue
{
    public async Task<bool> EnqueueAsync(DbConnection connection, DbTransaction transaction, FilingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DedupeKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TeamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DocumentKind);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SubjectId);
        var rows = await connection.ExecuteAsync(new CommandDefinition(FilingSql.Insert, new
        {
            request.DedupeKey,
            request.TenantId,
            request.TeamId,
            request.DocumentKind,
            request.SubjectId,
            request.NotifyUserId,
            request.NotifyServiceUrl,
            Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
        }, transaction, cancellationToken: cancellationToken));
        return rows == 1;
    }

    public void NotifyCommitted() => signal.Notify();
}
