using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>
/// The worker's reads and writes of filing jobs. Each outcome is written with its attempt and, when
/// someone is to be told, the outbox row for the message, in one transaction: the notice goes out
/// exactly when the outcome is recorded. Each write returns whether the job was still ours.
/// </summary>
public sealed class FilingLedger(Database database, IOutbox outbox)
{
    /// <summary>The job kind's name, for logs and owner ids.</summary>
    public const string Kind = "Filing";

    /// <summary>Claim, hand back and tenant pauses, as every job kind does them.</summary>
    public QueueTable Queue { get; } = new(database, Kind, FilingSql.Queue);

    public async Task<FilingArchive?> ArchiveAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<FilingArchive>(new CommandDefinition(FilingSql.Archive, new { TenantId = tenantId, TeamId = teamId }, cancellationToken: cancellationToken));
    }

    public Task<bool> RecordFiledAsync(FilingJobRow row, string owner, FilingAttempt call, string? location, string? webUrl, OutboxMessage? notice, long now) =>
        RecordAsync(row, owner, call, notice, (c, t) => c.ExecuteAsync(FilingSql.MarkFiled, new
        {
            row.Id,
            Owner = owner,
            Now = now,
            Location = location,
            WebUrl = webUrl,
            call.StatusCode,
            call.Error,
        }, t));

    public Task<bool> RecordRetryAsync(FilingJobRow row, string owner, FilingAttempt call) =>
        RecordAsync(row, owner, call, null, (c, t) => c.ExecuteAsync(FilingSql.MarkRetry, new
        {
            row.Id,
            Owner = owner,
            call.NextAttemptAtMs,
            call.StatusCode,
            call.Error,
        }, t));

    public Task<bool> RecordDeadAsync(FilingJobRow row, string owner, FilingAttempt call, OutboxMessage? notice, long now) =>
        RecordAsync(row, owner, call, notice, (c, t) => c.ExecuteAsync(FilingSql.MarkDead, new
        {
            row.Id,
            Owner = owner,
            Now = now,
            call.StatusCode,
            call.Error,
        }, t));

    /// <returns>True when parked; false when the team got an archive meanwhile (or the lease was lost): nothing is sent then.</returns>
    public async Task<bool> RecordWaitingAsync(FilingJobRow row, string owner, string reason, OutboxMessage? notice)
    {
        var parked = await database.InTransactionAsync(async (c, t) =>
        {
            var ok = await c.ExecuteAsync(FilingSql.MarkWaiting, new { row.Id, Owner = owner, Error = reason }, t) == 1;
            if (ok && notice is not null)
            {
                await outbox.EnqueueAsync(c, t, notice, CancellationToken.None);
            }

            return ok;
        });
        if (parked && notice is not null)
        {
            outbox.NotifyCommitted();
        }

        return parked;
    }

    /// <returns>How many waiting jobs became due.</returns>
    public Task<int> ReleaseWaitingAsync(bool local, long now, CancellationToken cancellationToken) =>
        database.ExecuteAsync(FilingSql.ReleaseWaiting, new { Local = local, Now = now }, cancellationToken);

    public async Task<string?> BotIdAsync(string tenantId)
    {
        await using var c = await database.OpenAsync();
        return await c.ExecuteScalarAsync<string?>(FilingSql.BotId, new { TenantId = tenantId });
    }

    public async Task<string?> TeamServiceUrlAsync(string tenantId, string teamId)
    {
        await using var c = await database.OpenAsync();
        return await c.ExecuteScalarAsync<string?>(FilingSql.TeamServiceUrl, new { TenantId = tenantId, TeamId = teamId });
    }

    private async Task<bool> RecordAsync(FilingJobRow row, string owner, FilingAttempt call, OutboxMessage? notice, Func<DbConnection, DbTransaction, Task<int>> mark)
    {
        var recorded = await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(FilingSql.InsertAttempt, new
            {
                JobId = row.Id,
                Attempt = row.Attempts + 1,
                Owner = owner,
                call.StartedAtMs,
                call.FinishedAtMs,
                call.StatusCode,
                call.Outcome,
                call.RetryAfterMs,
                call.NextAttemptAtMs,
                call.Error,
            }, t);
            var ours = await mark(c, t) == 1;
            if (ours && notice is not null)
            {
                await outbox.EnqueueAsync(c, t, notice, CancellationToken.None);
            }

            return ours;
        });
        if (recorded && notice is not null)
        {
            outbox.NotifyCommitted();
        }

        return recorded;
    }
}
