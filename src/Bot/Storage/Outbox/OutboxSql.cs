using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// The outbox's SQL in plain view. Valid on SQLite (≥ 3.35, for RETURNING) and PostgreSQL alike;
/// the claim is <see cref="QueueSql"/>'s, each dialect its own way. Every time is a parameter from <see cref="TimeProvider"/>, never
/// the database's clock.
/// </summary>
internal static class OutboxSql
{
    public const string Insert = """
        INSERT INTO outbox (dedupe_key, tenant_id, service_url, conversation_id, conversation_key, operation, target_activity_id, payload,
                            status, attempts, next_attempt_at_ms, created_at_ms)
        VALUES (@DedupeKey, @TenantId, @ServiceUrl, @ConversationId, @ConversationKey, @Operation, @TargetActivityId, @Payload,
                'pending', 0, @Now, @Now)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    /// <summary>
    /// Removes a conversation's messages that a newer one makes moot (same key prefix), as long as no
    /// worker has touched them: never attempted, not in flight, no live lease. A message already on its
    /// way is left alone and simply goes before the newer one.
    /// </summary>
    public const string Supersede = """
        DELETE FROM outbox
        WHERE conversation_key = @ConversationKey AND status = 'pending' AND attempts = 0 AND in_flight_since_ms IS NULL
          AND (lease_owner IS NULL OR lease_until_ms <= @Now)
          AND substr(dedupe_key, 1, @PrefixLength) = @Prefix
        """;

    /// <summary>
    /// Claim, hand back and tenant pauses (<see cref="QueueSql"/>). Only a conversation's head (its oldest
    /// pending row) can be taken, and only when nobody holds a live lease on it: that keeps order and one
    /// send in flight per conversation across every worker.
    /// </summary>
    public static readonly QueueSql Queue = new("outbox", "outbox_tenant_pauses", ["conversation_key"], ["id"], Returning);

    private const string Returning = """
        RETURNING id AS Id, tenant_id AS TenantId, service_url AS ServiceUrl, conversation_id AS ConversationId,
            conversation_key AS ConversationKey, operation AS Operation, target_activity_id AS TargetActivityId,
            payload AS Payload, attempts AS Attempts, interrupted_attempts AS InterruptedAttempts,
            in_flight_since_ms AS InFlightSinceMs, in_flight_owner AS InFlightOwner, result_conversation_id AS ResultConversationId,
            (SELECT c.blocked FROM conversations c WHERE c.tenant_id = outbox.tenant_id AND c.conversation_id = outbox.conversation_key) AS ConversationBlocked,
            CASE WHEN outbox.operation = 'CreatePersonal' THEN (
                SELECT c.conversation_id FROM conversations c
                WHERE c.kind = 'personal' AND c.tenant_id = outbox.tenant_id AND c.user_id = outbox.conversation_id
                ORDER BY c.updated_at_ms DESC LIMIT 1) END AS PersonalConversationId,
            CASE WHEN outbox.operation = 'CreatePersonal' THEN (
                SELECT c.blocked FROM conversations c
                WHERE c.kind = 'personal' AND c.tenant_id = outbox.tenant_id AND c.user_id = outbox.conversation_id
                ORDER BY c.updated_at_ms DESC LIMIT 1) END AS PersonalBlocked
        """;

    /// <summary>Right before a call: one more attempt, and for a non-idempotent call the in-flight mark a crash leaves behind.</summary>
    public const string BeginAttempt = """
        UPDATE outbox SET attempts = attempts + 1,
            in_flight_since_ms = CASE WHEN @MarkInFlight THEN @Now ELSE NULL END,
            in_flight_owner = CASE WHEN @MarkInFlight THEN @Owner ELSE NULL END
        WHERE id = @Id AND lease_owner = @Owner AND lease_until_ms > @Now AND status = 'pending'
        """;

    public const string MarkInFlight = """
        UPDATE outbox SET in_flight_since_ms = @Now, in_flight_owner = @Owner
        WHERE id = @Id AND lease_owner = @Owner AND lease_until_ms > @Now AND status = 'pending'
        """;

    public const string InsertAttempt = """
        INSERT INTO outbox_attempts (outbox_id, attempt, call_kind, lease_owner, started_at_ms, finished_at_ms, status_code, error_code, retry_after_ms, correlation_id)
        VALUES (@OutboxId, @Attempt, @Call, @Owner, @StartedAtMs, @FinishedAtMs, @StatusCode, @ErrorCode, @RetryAfterMs, @CorrelationId)
        """;

    /// <summary>The activity is delivered: its payload (which may carry a note) is not kept, only that and where it went.</summary>
    public const string MarkSent = """
        UPDATE outbox SET status = 'sent', completed_at_ms = @Now, result_activity_id = @ActivityId, payload = '{"purged":true}',
            result_conversation_id = COALESCE(@ConversationId, result_conversation_id),
            last_status_code = @StatusCode, last_error_code = NULL,
            lease_owner = NULL, lease_until_ms = NULL, in_flight_since_ms = NULL, in_flight_owner = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    public const string MarkRetry = """
        UPDATE outbox SET next_attempt_at_ms = @NextAttemptAtMs, last_status_code = @StatusCode, last_error_code = @ErrorCode,
            interrupted_attempts = interrupted_attempts + @Interrupted,
            lease_owner = NULL, lease_until_ms = NULL, in_flight_since_ms = NULL, in_flight_owner = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    public const string MarkDead = """
        UPDATE outbox SET status = 'dead', completed_at_ms = @Now, dead_reason = @Reason,
            last_status_code = COALESCE(@StatusCode, last_status_code), last_error_code = COALESCE(@ErrorCode, last_error_code),
            interrupted_attempts = interrupted_attempts + @Interrupted,
            lease_owner = NULL, lease_until_ms = NULL, in_flight_since_ms = NULL, in_flight_owner = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    /// <summary>The previous holder died mid-call: count it, clear the mark, keep the (new) lease.</summary>
    public const string MarkInterrupted = """
        UPDATE outbox SET interrupted_attempts = interrupted_attempts + 1, in_flight_since_ms = NULL, in_flight_owner = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    public const string RememberConversation = """
        UPDATE outbox SET result_conversation_id = @ConversationId WHERE id = @Id AND lease_owner = @Owner
        """;

    /// <summary>A 1:1 the bot opened: remembered so it is reused. Does not touch <c>blocked</c>: only the user writing clears that.</summary>
    public const string UpsertPersonalConversation = """
        INSERT INTO conversations (conversation_id, tenant_id, kind, team_id, user_id, service_url, bot_id, blocked, updated_at_ms)
        VALUES (@ConversationId, @TenantId, 'personal', NULL, @UserId, @ServiceUrl, @BotId, FALSE, @Now)
        ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET
            user_id = COALESCE(conversations.user_id, excluded.user_id),
            bot_id = COALESCE(conversations.bot_id, excluded.bot_id),
            updated_at_ms = excluded.updated_at_ms
        """;

    public const string BlockConversation = """
        UPDATE conversations SET blocked = TRUE, updated_at_ms = @Now WHERE tenant_id = @TenantId AND conversation_id = @ConversationId
        """;

    /// <summary>Later rows for a conversation that just closed: stopped with the reason instead of each failing in turn.</summary>
    public const string BuryConversation = """
        UPDATE outbox SET status = 'dead', completed_at_ms = @Now, dead_reason = @Reason,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE status = 'pending' AND id <> @Id
          AND (conversation_key = @ConversationKey OR conversation_key = @ConversationId)
          AND (lease_until_ms IS NULL OR lease_until_ms < @Now)
        """;
}
