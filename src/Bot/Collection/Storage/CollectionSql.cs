namespace SkoleUtvikling.Bot.Collection.Storage;

/// <summary>
/// The collection engine's SQL, valid on SQLite and PostgreSQL. Every read of answers carries its own
/// privacy condition (author, or a leader of that round, in that tenant), so a caller cannot forget it.
/// </summary>
internal static class CollectionSql
{
    public const string InsertRound = """
        INSERT INTO collection_rounds (round_id, tenant_id, form_id, form_json, plan_event_key, title, meeting, meeting_date,
                                       team_id, channel_id, service_url, post_dedupe_key, opens_at_ms, deadline_at_ms,
                                       hard_close_at_ms, created_at_ms, kind, answer_by, reminder_policy_json)
        VALUES (@RoundId, @TenantId, @FormId, @FormJson, @PlanEventKey, @Title, @Meeting, @MeetingDate,
                @TeamId, @ChannelId, @ServiceUrl, @PostDedupeKey, @OpensAtMs, @DeadlineAtMs, @HardCloseAtMs, @Now,
                @Kind, @AnswerBy, @ReminderPolicyJson)
        ON CONFLICT (round_id) DO NOTHING
        """;

    public const string InsertPerson = """
        INSERT INTO collection_people (round_id, user_id, role, aad_object_id, name)
        VALUES (@RoundId, @UserId, @Role, @AadObjectId, @Name)
        ON CONFLICT (round_id, user_id, role) DO NOTHING
        """;

    public const string InsertEditor = """
        INSERT INTO collection_editors (round_id, owner_id, user_id, aad_object_id, name)
        VALUES (@RoundId, @OwnerId, @UserId, @AadObjectId, @Name)
        ON CONFLICT (round_id, owner_id, user_id) DO NOTHING
        """;

    public const string Editors = """
        SELECT owner_id AS OwnerId, user_id AS UserId, aad_object_id AS AadObjectId, name AS Name
        FROM collection_editors WHERE round_id = @RoundId ORDER BY owner_id, name, user_id
        """;

    private const string RoundColumns = """
        round_id AS RoundId, tenant_id AS TenantId, form_json AS FormJson, plan_event_key AS PlanEventKey, title AS Title,
        meeting AS Meeting, meeting_date AS MeetingDate, team_id AS TeamId, channel_id AS ChannelId, service_url AS ServiceUrl,
        post_dedupe_key AS PostDedupeKey, opens_at_ms AS OpensAtMs, deadline_at_ms AS DeadlineAtMs, hard_close_at_ms AS HardCloseAtMs,
        kind AS Kind, answer_by AS AnswerBy, reminder_policy_json AS ReminderPolicyJson
        """;

    public const string Round = "SELECT " + RoundColumns + " FROM collection_rounds WHERE round_id = @RoundId AND tenant_id = @TenantId";

    public const string RoundOfEvent = "SELECT " + RoundColumns + " FROM collection_rounds WHERE tenant_id = @TenantId AND plan_event_key = @PlanEventKey AND form_id = @FormId";

    public const string People = """
        SELECT user_id AS UserId, role AS Role, aad_object_id AS AadObjectId, name AS Name
        FROM collection_people WHERE round_id = @RoundId ORDER BY name, user_id
        """;

    /// <summary>
    /// Rounds a person is in (by Teams id or Entra id), in any role or only as a leader, newest deadline
    /// first. No list parameter: Dapper expands <c>IN @list</c> on SQLite but sends an array to Npgsql,
    /// where <c>IN $1</c> is a syntax error.
    /// </summary>
    public const string RoundsOfPerson = """
        SELECT RoundId, DeadlineAtMs FROM (
            SELECT r.round_id AS RoundId, r.deadline_at_ms AS DeadlineAtMs
            FROM collection_rounds r
            JOIN collection_people p ON p.round_id = r.round_id
            WHERE r.tenant_id = @TenantId AND (p.role = 'leader' OR NOT @LeadersOnly)
              AND (p.user_id = @UserId OR (p.aad_object_id IS NOT NULL AND p.aad_object_id = @AadObjectId))
            UNION
            SELECT r.round_id AS RoundId, r.deadline_at_ms AS DeadlineAtMs
            FROM collection_rounds r
            JOIN collection_editors e ON e.round_id = r.round_id
            WHERE r.tenant_id = @TenantId AND NOT @LeadersOnly
              AND (e.user_id = @UserId OR (e.aad_object_id IS NOT NULL AND e.aad_object_id = @AadObjectId))
        ) rounds
        ORDER BY DeadlineAtMs DESC
        LIMIT @Limit
        """;

    /// <summary>Rounds that took answers at or after @SinceMs (the deadline, or the late window's end when later).</summary>
    public const string RoundsTakingAnswersSince = """
        SELECT tenant_id AS TenantId, round_id AS RoundId FROM collection_rounds
        WHERE deadline_at_ms >= @SinceMs OR hard_close_at_ms >= @SinceMs
        """;

    private const string VersionColumns = """
        v.round_id AS RoundId, v.author_id AS AuthorId, v.number AS Number, v.edited_by AS EditedBy, v.author_name AS AuthorName,
        v.saved_at_ms AS SavedAtMs, v.answers_json AS AnswersJson, v.is_draft AS IsDraft, v.is_late AS IsLate
        """;

    /// <summary>
    /// The versions a reader may see in a round: their own, those of a unit they edit, or all when they
    /// lead the round.
    /// </summary>
    public const string ReadableVersions = "SELECT " + VersionColumns + """

        FROM collection_versions v
        JOIN collection_rounds r ON r.round_id = v.round_id AND r.tenant_id = @TenantId
        WHERE v.round_id = @RoundId
          AND (v.author_id = @ReaderId
               OR EXISTS (SELECT 1 FROM collection_people p
                          WHERE p.round_id = v.round_id AND p.role = 'leader'
                            AND (p.user_id = @ReaderId OR (p.aad_object_id IS NOT NULL AND p.aad_object_id = @ReaderAadObjectId)))
               OR EXISTS (SELECT 1 FROM collection_editors e
                          WHERE e.round_id = v.round_id AND e.owner_id = v.author_id
                            AND (e.user_id = @ReaderId OR (e.aad_object_id IS NOT NULL AND e.aad_object_id = @ReaderAadObjectId))))
        ORDER BY v.author_id, v.number
        """;

    /// <summary>One author's versions in a round (the author reading their own, or the save that adds to them).</summary>
    public const string AuthorVersions = "SELECT " + VersionColumns + """

        FROM collection_versions v
        JOIN collection_rounds r ON r.round_id = v.round_id AND r.tenant_id = @TenantId
        WHERE v.round_id = @RoundId AND v.author_id = @AuthorId
        ORDER BY v.number
        """;

    /// <summary>
    /// The channel's count: participants (not exempt) with at least one delivered version. One indexed
    /// aggregate, so a submit into a large round does not read the round's notes.
    /// </summary>
    public const string SubmittedCount = """
        SELECT COUNT(DISTINCT v.author_id) FROM collection_versions v
        JOIN collection_people p ON p.round_id = v.round_id AND p.user_id = v.author_id AND p.role = 'participant'
        WHERE v.round_id = @RoundId AND v.is_draft = FALSE
          AND NOT EXISTS (SELECT 1 FROM collection_people x WHERE x.round_id = v.round_id AND x.user_id = v.author_id AND x.role = 'exempt')
        """;

    /// <summary>A reader's own versions across rounds (for «mine notater»), newest round first.</summary>
    public const string OwnVersions = "SELECT " + VersionColumns + """

        FROM collection_versions v
        JOIN collection_rounds r ON r.round_id = v.round_id AND r.tenant_id = @TenantId
        WHERE v.author_id = @ReaderId
        ORDER BY r.deadline_at_ms DESC, v.round_id, v.number
        """;

    /// <summary>
    /// Every version of a round with its answers, for filing the round's documents into the leaders'
    /// archive. Never used to answer a person: their reads go through <see cref="ReadableVersions"/>.
    /// </summary>
    public const string VersionsForFiling = "SELECT " + VersionColumns + """

        FROM collection_versions v
        JOIN collection_rounds r ON r.round_id = v.round_id AND r.tenant_id = @TenantId
        WHERE v.round_id = @RoundId
        ORDER BY v.author_id, v.number
        """;

    /// <summary>Only the states, never the answers: what counts and reminders need.</summary>
    public const string VersionStates = """
        SELECT round_id AS RoundId, author_id AS AuthorId, number AS Number, edited_by AS EditedBy, author_name AS AuthorName,
               saved_at_ms AS SavedAtMs, '{}' AS AnswersJson, is_draft AS IsDraft, is_late AS IsLate
        FROM collection_versions WHERE round_id = @RoundId ORDER BY author_id, number
        """;

    public const string NextVersionNumber = "SELECT COALESCE(MAX(number), 0) + 1 FROM collection_versions WHERE round_id = @RoundId AND author_id = @AuthorId";

    public const string InsertVersion = """
        INSERT INTO collection_versions (round_id, author_id, number, edited_by, author_name, saved_at_ms, answers_json, is_draft, is_late)
        VALUES (@RoundId, @AuthorId, @Number, @EditedBy, @AuthorName, @SavedAtMs, @AnswersJson, @IsDraft, @IsLate)
        """;

    /// <summary>
    /// A version with the next number, unless another save took that number first: then nothing is
    /// inserted (0 rows) and the save is a conflict. No exception, so a shared transaction is not aborted.
    /// </summary>
    public const string InsertVersionIfNew = InsertVersion + "\nON CONFLICT (round_id, author_id, number) DO NOTHING";

    public const string RoundsLedInTeam = """
        SELECT p.round_id FROM collection_people p
        JOIN collection_rounds r ON r.round_id = p.round_id AND r.tenant_id = @TenantId AND r.team_id = @TeamId
        WHERE p.user_id = @UserId AND p.role = 'leader'
        """;

    public const string DropLeaderInTeam = """
        DELETE FROM collection_people
        WHERE user_id = @UserId AND role = 'leader'
          AND round_id IN (SELECT round_id FROM collection_rounds WHERE tenant_id = @TenantId AND team_id = @TeamId)
        """;

    /// <summary>A round's deadline and late limit moved (the slot it is due at changed).</summary>
    public const string MoveDeadline = """
        UPDATE collection_rounds SET deadline_at_ms = @DeadlineAtMs, hard_close_at_ms = @HardCloseAtMs
        WHERE round_id = @RoundId AND tenant_id = @TenantId
        """;

    public const string RemovePerson = "DELETE FROM collection_people WHERE round_id = @RoundId AND user_id = @UserId AND role = @Role";

    public const string Picks = "SELECT author_id FROM collection_plenum_picks WHERE round_id = @RoundId";

    public const string ClearPicks = "DELETE FROM collection_plenum_picks WHERE round_id = @RoundId";

    public const string InsertPick = """
        INSERT INTO collection_plenum_picks (round_id, author_id, picked_by, picked_at_ms)
        VALUES (@RoundId, @AuthorId, @PickedBy, @Now)
        """;

    /// <summary>The activity id Teams gave the round's channel post, once the outbox sent it.</summary>
    public const string PostActivityId = "SELECT result_activity_id FROM outbox WHERE dedupe_key = @DedupeKey AND status = 'sent'";
}
