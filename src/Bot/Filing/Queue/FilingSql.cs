using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>
/// The filing queue's SQL in plain view, valid on SQLite (≥ 3.35) and PostgreSQL; the claim is
/// <see cref="QueueSql"/>'s, each dialect its own way. Every time is a parameter from <see cref="TimeProvider"/>. Every write
/// after a claim is guarded by the lease owner, so a worker that lost its lease changes nothing.
/// </summary>
internal static class FilingSql
{
    public const string Insert = """
        INSERT INTO filing_jobs (dedupe_key, tenant_id, team_id, document_kind, subject_id, notify_user_id, notify_service_url,
                                 status, attempts, next_attempt_at_ms, created_at_ms)
        VALUES (@DedupeKey, @TenantId, @TeamId, @DocumentKind, @SubjectId, @NotifyUserId, @NotifyServiceUrl, 'pending', 0, @Now, @Now)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    /// <summary>
    /// Claim, hand back and tenant pauses (<see cref="QueueSql"/>). Only a subject's oldest pending job can
    /// be taken, and only when nobody holds a live lease on it: two versions of one note are never uploaded
    /// at once, so an older upload cannot land after a newer one. Due jobs are taken oldest due first.
    /// </summary>
    public static readonly QueueSql Queue = new(
        "filing_jobs", "filing_tenant_pauses", ["tenant_id", "document_kind", "subject_id"], ["next_attempt_at_ms", "id"], """
        RETURNING id AS Id, dedupe_key AS DedupeKey, tenant_id AS TenantId, team_id AS TeamId, document_kind AS DocumentKind,
            subject_id AS SubjectId, notify_user_id AS NotifyUserId, notify_service_url AS NotifyServiceUrl,
            attempts AS Attempts, created_at_ms AS CreatedAtMs
        """);

    public const string InsertAttempt = """
        INSERT INTO filing_attempts (job_id, attempt, lease_owner, started_at_ms, finished_at_ms, status_code, outcome, retry_after_ms, next_attempt_at_ms, error)
        VALUES (@JobId, @Attempt, @Owner, @StartedAtMs, @FinishedAtMs, @StatusCode, @Outcome, @RetryAfterMs, @NextAttemptAtMs, @Error)
        """;

    public const string MarkFiled = """
        UPDATE filing_jobs SET status = 'filed', attempts = attempts + 1, completed_at_ms = @Now,
            location = @Location, web_url = @WebUrl, last_status_code = @StatusCode, last_error = @Error,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    public const string MarkRetry = """
        UPDATE filing_jobs SET attempts = attempts + 1, next_attempt_at_ms = @NextAttemptAtMs,
            last_status_code = @StatusCode, last_error = @Error, lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    public const string MarkDead = """
        UPDATE filing_jobs SET status = 'dead', attempts = attempts + 1, completed_at_ms = @Now,
            last_status_code = @StatusCode, last_error = @Error, lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    /// <summary>No archive chosen for the team yet: parked, unless one was chosen in the meantime (then 0 rows).</summary>
    public const string MarkWaiting = """
        UPDATE filing_jobs SET status = 'waiting', last_error = @Error, lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @Id AND lease_owner = @Owner
          AND NOT EXISTS (SELECT 1 FROM filing_archives a WHERE a.tenant_id = filing_jobs.tenant_id AND a.team_id = filing_jobs.team_id)
        """;

    /// <summary>Waiting jobs whose team now has an archive (or every waiting job when filing goes to the local archive) are due again.</summary>
    public const string ReleaseWaiting = """
        UPDATE filing_jobs SET status = 'pending', next_attempt_at_ms = @Now
        WHERE status = 'waiting'
          AND (@Local OR EXISTS (SELECT 1 FROM filing_archives a WHERE a.tenant_id = filing_jobs.tenant_id AND a.team_id = filing_jobs.team_id))
        """;

    public const string ReleaseWaitingOfTeam = """
        UPDATE filing_jobs SET status = 'pending', next_attempt_at_ms = @Now
        WHERE status = 'waiting' AND tenant_id = @TenantId AND team_id = @TeamId
        """;

    public const string Archive = """
        SELECT tenant_id AS TenantId, team_id AS TeamId, team_group_id AS TeamGroupId, channel_id AS ChannelId,
            channel_name AS ChannelName, chosen_by AS ChosenBy, chosen_at_ms AS ChosenAtMs
        FROM filing_archives WHERE tenant_id = @TenantId AND team_id = @TeamId
        """;

    public const string UpsertArchive = """
        INSERT INTO filing_archives (tenant_id, team_id, team_group_id, channel_id, channel_name, chosen_by, chosen_at_ms)
        VALUES (@TenantId, @TeamId, @TeamGroupId, @ChannelId, @ChannelName, @ChosenBy, @ChosenAtMs)
        ON CONFLICT (tenant_id, team_id) DO UPDATE SET
            team_group_id = excluded.team_group_id, channel_id = excluded.channel_id, channel_name = excluded.channel_name,
            chosen_by = excluded.chosen_by, chosen_at_ms = excluded.chosen_at_ms
        """;

    /// <summary>The bot's own id as Teams last addressed it in this tenant, to open a 1:1 from.</summary>
    public const string BotId = """
        SELECT bot_id FROM conversations WHERE tenant_id = @TenantId AND bot_id IS NOT NULL ORDER BY updated_at_ms DESC LIMIT 1
        """;

    public const string TeamServiceUrl = "SELECT service_url FROM teams WHERE tenant_id = @TenantId AND team_id = @TeamId";
}
