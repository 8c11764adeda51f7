using Dapper;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Testing.Filing;

/// <summary>Reads the filing tables the way a test wants to look at them.</summary>
public static class FilingRecords
{
    public static async Task<IReadOnlyList<FilingJobRecord>> JobsAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        return [.. await c.QueryAsync<FilingJobRecord>("""
            SELECT id AS Id, dedupe_key AS DedupeKey, team_id AS TeamId, subject_id AS SubjectId, status AS Status, attempts AS Attempts,
                next_attempt_at_ms AS NextAttemptAtMs, lease_owner AS LeaseOwner, last_status_code AS LastStatusCode, last_error AS LastError,
                location AS Location, web_url AS WebUrl, created_at_ms AS CreatedAtMs, completed_at_ms AS CompletedAtMs
            FROM filing_jobs ORDER BY id
            """)];
    }

    public static async Task<IReadOnlyList<FilingAttemptRecord>> AttemptsAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        return [.. await c.QueryAsync<FilingAttemptRecord>("""
            SELECT job_id AS JobId, attempt AS Attempt, lease_owner AS LeaseOwner, started_at_ms AS StartedAtMs, finished_at_ms AS FinishedAtMs,
                status_code AS StatusCode, outcome AS Outcome, retry_after_ms AS RetryAfterMs, next_attempt_at_ms AS NextAttemptAtMs
            FROM filing_attempts ORDER BY id
            """)];
    }

    /// <summary>The outbox rows filing enqueued to tell people, with their text.</summary>
    public static async Task<IReadOnlyList<FilingNoticeRecord>> NoticesAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        var rows = await c.QueryAsync<(string DedupeKey, string ConversationId, string Operation, string Payload)>(
            "SELECT dedupe_key, conversation_id, operation, payload FROM outbox WHERE dedupe_key LIKE 'filing-%' ORDER BY id");
        return [.. rows.Select(r => new FilingNoticeRecord(r.DedupeKey, r.ConversationId, r.Operation,
            System.Text.Json.JsonDocument.Parse(r.Payload).RootElement.GetProperty("text").GetString() ?? ""))];
    }

    public static async Task<long?> TenantPausedUntilAsync(Database database, string tenantId)
    {
        await using var c = await database.OpenAsync();
        return await c.ExecuteScalarAsync<long?>("SELECT paused_until_ms FROM filing_tenant_pauses WHERE tenant_id = @TenantId", new { TenantId = tenantId });
    }

    /// <summary>Polls until every job satisfies <paramref name="done"/>; fails with the rows as they stand after <paramref name="timeout"/>.</summary>
    public static async Task<IReadOnlyList<FilingJobRecord>> WaitUntilAsync(Database database, Func<IReadOnlyList<FilingJobRecord>, bool> done, TimeSpan timeout, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var jobs = await JobsAsync(database);
            if (done(jobs))
            {
                return jobs;
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}; jobs: " + string.Join("; ", jobs.Select(j => $"{j.Id} {j.Status} a={j.Attempts} {j.LastStatusCode} {j.LastError}")));
            }

            await Task.Delay(20);
        }
    }
}
