using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Flexible meetings and their bookings. A booking is one row per meeting and group with a version: a save names
/// the version the member saw, so of two members booking at the same moment exactly one wins and the other gets
/// <see cref="BookingSaveStatus.Conflict"/> with the booking that won.
/// </summary>
public sealed class BookingStore(Database database)
{
    public async Task<BookingMeeting?> MeetingAsync(string tenantId, string eventKey, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<BookingMeeting>(new CommandDefinition(BookingSql.Meeting,
            new { TenantId = tenantId, EventKey = eventKey }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<BookingMeeting>> MeetingsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<BookingMeeting>(new CommandDefinition(BookingSql.Meetings, new { TenantId = tenantId }, cancellationToken: cancellationToken))];
    }

    /// <summary>Makes the stored meetings of a tenant exactly these (bookings of a meeting that left the plan stay, unused).</summary>
    public Task ReplaceMeetingsAsync(string tenantId, IReadOnlyList<BookingMeeting> meetings, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var keep = meetings.Select(m => m.EventKey).ToHashSet(StringComparer.Ordinal);
            foreach (var key in await c.QueryAsync<string>(BookingSql.MeetingKeys, new { TenantId = tenantId }, t))
            {
                if (!keep.Contains(key))
                {
                    await c.ExecuteAsync(BookingSql.DeleteMeeting, new { TenantId = tenantId, EventKey = key }, t);
                }
            }

            foreach (var m in meetings)
            {
                await c.ExecuteAsync(BookingSql.UpsertMeeting, new
                {
                    m.TenantId, m.EventKey, m.Title, m.Anchor, m.DaysBefore, m.DaysAfter, m.LengthMinutes, m.ReportTo,
                    Now = now.ToUnixTimeMilliseconds(),
                }, t);
            }
        }, cancellationToken);

    public async Task<BookingRow?> BookingAsync(string tenantId, string eventKey, string unitId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<BookingRow>(new CommandDefinition(BookingSql.Booking,
            new { TenantId = tenantId, EventKey = eventKey, UnitId = unitId }, cancellationToken: cancellationToken));
    }

    /// <summary>The booked (not cancelled) slots of a meeting.</summary>
    public async Task<IReadOnlyList<BookingRow>> BookingsAsync(string tenantId, string eventKey, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<BookingRow>(new CommandDefinition(BookingSql.BookingsOfMeeting,
            new { TenantId = tenantId, EventKey = eventKey }, cancellationToken: cancellationToken))];
    }

    /// <summary>Every group's row of a meeting, cancelled ones too (their version is what a new booking must name).</summary>
    public async Task<IReadOnlyList<BookingRow>> RowsAsync(string tenantId, string eventKey, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<BookingRow>(new CommandDefinition(BookingSql.RowsOfMeeting,
            new { TenantId = tenantId, EventKey = eventKey }, cancellationToken: cancellationToken))];
    }

    /// <summary>Every booking row of every tenant, cancelled ones too (a few per group and meeting).</summary>
    public async Task<IReadOnlyList<BookingRow>> AllRowsAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<BookingRow>(new CommandDefinition(BookingSql.AllRows, cancellationToken: cancellationToken))];
    }

    /// <summary>Bookings changed (booked, moved, cancelled) at or after an instant, oldest first.</summary>
    public async Task<IReadOnlyList<BookingRow>> ChangedSinceAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<BookingRow>(new CommandDefinition(BookingSql.ChangedSince,
            new { TenantId = tenantId, Since = since.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Books or moves: refused when the group meets then already or the room is taken (checked in the same
    /// transaction), a conflict when the version moved on. <paramref name="alsoInTransaction"/> runs with a saved
    /// booking (e.g. queuing the confirmation), so both are stored or neither.
    /// </summary>
    public Task<BookingSaveResult> SaveAsync(BookingRequest request, DateTimeOffset now,
        Func<DbConnection, DbTransaction, BookingRow, Task>? alsoInTransaction, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var args = Args(request, now);
            var collision = (await c.QueryAsync<BookingRow>(BookingSql.Collisions, args, t)).FirstOrDefault();
            if (collision is not null)
            {
                return new BookingSaveResult(BookingSaveStatus.Collision, await CurrentAsync(c, t, request), collision);
            }

            var changed = request.ExpectedVersion == 0
                ? await c.ExecuteAsync(BookingSql.Insert, args, t)
                : await c.ExecuteAsync(BookingSql.Update, args, t);
            var current = await CurrentAsync(c, t, request);
            if (changed == 0 || current is null)
            {
                return new BookingSaveResult(BookingSaveStatus.Conflict, current);
            }

            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(c, t, current);
            }

            return new BookingSaveResult(BookingSaveStatus.Saved, current, First: request.ExpectedVersion == 0);
        }, cancellationToken);

    /// <summary>Cancels the booking the member saw; a conflict when it changed meanwhile (or was not booked).</summary>
    public Task<BookingSaveResult> CancelAsync(BookingRequest request, DateTimeOffset now,
        Func<DbConnection, DbTransaction, BookingRow, Task>? alsoInTransaction, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(BookingSql.Cancel, Args(request, now), t);
            var current = await CurrentAsync(c, t, request);
            if (changed == 0 || current is null)
            {
                return new BookingSaveResult(BookingSaveStatus.Conflict, current);
            }

            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(c, t, current);
            }

            return new BookingSaveResult(BookingSaveStatus.Saved, current);
        }, cancellationToken);

    /// <summary>Notes that the digest of an Oslo day went out; false when it had already (a firing run twice).</summary>
    public static async Task<bool> MarkDigestAsync(DbConnection c, DbTransaction t, string tenantId, string day, DateTimeOffset now) =>
        await c.ExecuteAsync(BookingSql.DigestSent, new { TenantId = tenantId, Day = day, Now = now.ToUnixTimeMilliseconds() }, t) == 1;

    public async Task<DateTimeOffset?> LastDigestAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(BookingSql.LastDigest, new { TenantId = tenantId }, cancellationToken: cancellationToken));
        return ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
    }

    private static Task<BookingRow?> CurrentAsync(DbConnection c, DbTransaction t, BookingRequest r) =>
        c.QuerySingleOrDefaultAsync<BookingRow>(BookingSql.Booking, new { r.TenantId, r.EventKey, r.UnitId }, t);

    private static object Args(BookingRequest r, DateTimeOffset now)
    {
        var room = string.IsNullOrWhiteSpace(r.Room) ? null : r.Room.Trim();
        return new
        {
            r.TenantId, r.EventKey, r.UnitId, Expected = (long)r.ExpectedVersion,
            MeetingDate = r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            StartTime = r.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            StartsAtMs = r.StartsAt.ToUnixTimeMilliseconds(), EndsAtMs = r.EndsAt.ToUnixTimeMilliseconds(),
            Room = room, RoomKey = room?.ToUpperInvariant(), r.BookedBy, r.BookedByName, r.BookedByAad, Now = now.ToUnixTimeMilliseconds(),
        };
    }
}
