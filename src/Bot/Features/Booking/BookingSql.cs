namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>The SQL of bookings (tables <c>booking_meetings</c>, <c>bookings</c>, <c>booking_digests</c>), the same in both dialects.</summary>
internal static class BookingSql
{
    public const string UpsertMeeting = """
        INSERT INTO booking_meetings (tenant_id, event_key, title, anchor, days_before, days_after, length_minutes, report_to, updated_at_ms)
        VALUES (@TenantId, @EventKey, @Title, @Anchor, @DaysBefore, @DaysAfter, @LengthMinutes, @ReportTo, @Now)
        ON CONFLICT (tenant_id, event_key) DO UPDATE SET title = excluded.title, anchor = excluded.anchor,
            days_before = excluded.days_before, days_after = excluded.days_after, length_minutes = excluded.length_minutes,
            report_to = excluded.report_to, updated_at_ms = excluded.updated_at_ms
        """;

    private const string MeetingColumns = """
        SELECT tenant_id AS TenantId, event_key AS EventKey, title AS Title, anchor AS Anchor, days_before AS DaysBefore,
               days_after AS DaysAfter, length_minutes AS LengthMinutes, report_to AS ReportTo
        FROM booking_meetings
        """;

    public const string Meeting = MeetingColumns + " WHERE tenant_id = @TenantId AND event_key = @EventKey";

    public const string Meetings = MeetingColumns + " WHERE tenant_id = @TenantId ORDER BY anchor, event_key";

    public const string MeetingKeys = "SELECT event_key FROM booking_meetings WHERE tenant_id = @TenantId";

    public const string DeleteMeeting = "DELETE FROM booking_meetings WHERE tenant_id = @TenantId AND event_key = @EventKey";

    private const string BookingColumns = """
        SELECT tenant_id AS TenantId, event_key AS EventKey, unit_id AS UnitId, version AS Version, status AS Status,
               meeting_date AS MeetingDate, start_time AS StartTime, starts_at_ms AS StartsAtMs, ends_at_ms AS EndsAtMs,
               room AS Room, booked_by AS BookedBy, booked_by_name AS BookedByName, booked_by_aad AS BookedByAad, updated_at_ms AS UpdatedAtMs
        FROM bookings
        """;

    public const string Booking = BookingColumns + " WHERE tenant_id = @TenantId AND event_key = @EventKey AND unit_id = @UnitId";

    public const string BookingsOfMeeting = BookingColumns + " WHERE tenant_id = @TenantId AND event_key = @EventKey AND status = 'booked'";

    public const string AllRows = BookingColumns + " ORDER BY tenant_id, event_key";

    public const string RowsOfMeeting = BookingColumns + " WHERE tenant_id = @TenantId AND event_key = @EventKey";

    public const string ChangedSince = BookingColumns + " WHERE tenant_id = @TenantId AND updated_at_ms >= @Since ORDER BY updated_at_ms";

    /// <summary>Another booked slot of the same group, or in the same room, overlapping [Start, End).</summary>
    public const string Collisions = BookingColumns + """
         WHERE tenant_id = @TenantId AND status = 'booked' AND NOT (event_key = @EventKey AND unit_id = @UnitId)
           AND starts_at_ms < @EndsAtMs AND ends_at_ms > @StartsAtMs
           AND (unit_id = @UnitId OR (@RoomKey IS NOT NULL AND room_key = @RoomKey))
        """;

    /// <summary>The first booking of a group for a meeting: inserts nothing when one exists (someone was first).</summary>
    public const string Insert = """
        INSERT INTO bookings (tenant_id, event_key, unit_id, version, status, meeting_date, start_time, starts_at_ms, ends_at_ms,
            room, room_key, booked_by, booked_by_name, booked_by_aad, updated_at_ms)
        VALUES (@TenantId, @EventKey, @UnitId, 1, 'booked', @MeetingDate, @StartTime, @StartsAtMs, @EndsAtMs,
            @Room, @RoomKey, @BookedBy, @BookedByName, @BookedByAad, @Now)
        ON CONFLICT (tenant_id, event_key, unit_id) DO NOTHING
        """;

    /// <summary>A move (or a booking again after a cancel): only from the version the person saw.</summary>
    public const string Update = """
        UPDATE bookings SET version = version + 1, status = 'booked', meeting_date = @MeetingDate, start_time = @StartTime,
            starts_at_ms = @StartsAtMs, ends_at_ms = @EndsAtMs, room = @Room, room_key = @RoomKey,
            booked_by = @BookedBy, booked_by_name = @BookedByName, booked_by_aad = @BookedByAad, updated_at_ms = @Now
        WHERE tenant_id = @TenantId AND event_key = @EventKey AND unit_id = @UnitId AND version = @Expected
        """;

    public const string Cancel = """
        UPDATE bookings SET version = version + 1, status = 'cancelled', booked_by = @BookedBy, booked_by_name = @BookedByName, updated_at_ms = @Now
        WHERE tenant_id = @TenantId AND event_key = @EventKey AND unit_id = @UnitId AND version = @Expected AND status = 'booked'
        """;

    public const string DigestSent = """
        INSERT INTO booking_digests (tenant_id, digest_day, sent_at_ms) VALUES (@TenantId, @Day, @Now)
        ON CONFLICT (tenant_id, digest_day) DO NOTHING
        """;

    public const string LastDigest = "SELECT MAX(sent_at_ms) FROM booking_digests WHERE tenant_id = @TenantId";
}
