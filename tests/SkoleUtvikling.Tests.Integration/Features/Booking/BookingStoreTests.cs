using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Features.Booking;

/// <summary>
/// Bookings on a real database, one subclass per dialect: one row per meeting and group with a version, so of
/// many members booking (or moving) at the same moment exactly one wins and every other is told who did; same
/// group and same room collisions are refused in the saving transaction.
/// </summary>
#pragma warning disable CA1001 // Disposed by IAsyncLifetime.DisposeAsync.
public abstract class BookingStoreTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string October = "lp-2020-10-01-kompetansepakken";
    private const string November = "lp-2020-11-05-kompetansepakken";
    private const string Gruppe3 = "nettverksgruppe:gruppe-3";
    private const string Gruppe4 = "nettverksgruppe:gruppe-4";
    private static readonly DateTimeOffset Now = new(2020, 9, 7, 8, 0, 0, TimeSpan.Zero);

    private TestDatabase _db = null!;
    private Database _database = null!;
    private BookingStore _store = null!;

    protected abstract SqlDialect Dialect { get; }

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Dialect);
        _database = new Database(Options.Create(_db.Options));
        _store = new BookingStore(_database);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Twenty_members_booking_the_same_group_at_the_same_moment_one_wins_and_the_others_are_told_who()
    {
        var start = new Barrier(20);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await _store.SaveAsync(Request(Gruppe3, 0, new DateOnly(2020, 9, 28).AddDays(i % 5), $"Rom {i}", $"29:member{i}", $"Medlem {i}"), Now, null, CancellationToken.None);
        })));

        var won = Assert.Single(results, r => r.Status == BookingSaveStatus.Saved);
        Assert.All(results.Where(r => r != won), r =>
        {
            Assert.Equal(BookingSaveStatus.Conflict, r.Status);
            Assert.Equal(won.Current!.BookedBy, r.Current!.BookedBy);
        });
        await using var c = await _database.OpenAsync();
        Assert.Equal(1L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bookings"));
        Assert.Equal(1L, await c.ExecuteScalarAsync<long>("SELECT version FROM bookings"));
    }

    [Fact]
    public async Task Twenty_members_moving_from_the_same_version_at_once_make_exactly_one_new_version()
    {
        var first = await _store.SaveAsync(Request(Gruppe3, 0, new DateOnly(2020, 9, 28), null, "29:ola", "Ola"), Now, null, CancellationToken.None);
        Assert.Equal(BookingSaveStatus.Saved, first.Status);

        var start = new Barrier(20);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await _store.SaveAsync(Request(Gruppe3, 1, new DateOnly(2020, 9, 29), null, $"29:member{i}", $"Medlem {i}"), Now.AddMinutes(1), null, CancellationToken.None);
        })));

        Assert.Single(results, r => r.Status == BookingSaveStatus.Saved);
        Assert.Equal(19, results.Count(r => r.Status == BookingSaveStatus.Conflict));
        var row = await _store.BookingAsync(Tenant, October, Gruppe3, CancellationToken.None);
        Assert.Equal((2L, "2020-09-29"), (row!.Version, row.MeetingDate));
    }

    [Fact]
    public async Task Another_group_in_the_same_room_at_an_overlapping_time_is_refused_and_another_room_is_not()
    {
        await _store.SaveAsync(Request(Gruppe3, 0, new DateOnly(2020, 9, 29), "Rom 204", "29:ola", "Ola", 12), Now, null, CancellationToken.None);

        var sameRoom = await _store.SaveAsync(Request(Gruppe4, 0, new DateOnly(2020, 9, 29), " rom 204 ", "29:siri", "Siri", 14), Now, null, CancellationToken.None);
        var otherRoom = await _store.SaveAsync(Request(Gruppe4, 0, new DateOnly(2020, 9, 29), "Rom 205", "29:siri", "Siri", 14), Now, null, CancellationToken.None);

        Assert.Equal(BookingSaveStatus.Collision, sameRoom.Status);
        Assert.Equal(Gruppe3, sameRoom.CollidesWith!.UnitId);
        Assert.Equal(BookingSaveStatus.Saved, otherRoom.Status);
    }

    [Fact]
    public async Task The_same_group_cannot_meet_twice_at_once_and_a_cancelled_booking_books_again_from_its_version()
    {
        await _store.SaveAsync(Request(Gruppe3, 0, new DateOnly(2020, 9, 29), null, "29:ola", "Ola", 12), Now, null, CancellationToken.None);
        var clash = await _store.SaveAsync(Request(Gruppe3, 0, new DateOnly(2020, 9, 29), null, "29:ola", "Ola", 13) with { EventKey = November }, Now, null, CancellationToken.None);
        Assert.Equal(BookingSaveStatus.Collision, clash.Status);

        var cancelled = await _store.CancelAsync(Request(Gruppe3, 1, default, null, "29:per", "Per"), Now, null, CancellationToken.None);
        Assert.Equal((BookingSaveStatus.Saved, "cancelled", 2L), (cancelled.Status, cancelled.Current!.Status, cancelled.Current.Version));
        Assert.Empty(await _store.BookingsAsync(Tenant, October, CancellationToken.None));
        Assert.Equal(BookingSaveStatus.Conflict, (await _store.CancelAsync(Request(Gruppe3, 2, default, null, "29:per", "Per"), Now, null, CancellationToken.None)).Status);

        var again = await _store.SaveAsync(Request(Gruppe3, 2, new DateOnly(2020, 9, 30), null, "29:per", "Per"), Now, null, CancellationToken.None);
        Assert.Equal((BookingSaveStatus.Saved, "booked", 3L), (again.Status, again.Current!.Status, again.Current.Version));
    }

    [Fact]
    public async Task A_failure_in_the_same_transaction_stores_no_booking()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.SaveAsync(Request(Gruppe3, 0, new DateOnly(2020, 9, 29), null, "29:ola", "Ola"), Now,
            (_, _, _) => throw new InvalidOperationException("outbox down"), CancellationToken.None));

        Assert.Null(await _store.BookingAsync(Tenant, October, Gruppe3, CancellationToken.None));
    }

    [Fact]
    public async Task Meetings_from_the_plan_replace_the_stored_ones_and_keep_their_window()
    {
        var planEvent = new PlanEvent
        {
            Key = October, Programme = Programme.Lp, Title = "Kompetansepakken", FirstDate = new(2020, 10, 1), LastDate = new(2020, 10, 1),
            Window = new FlexibleWindow(new(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), "Arne K."),
        };
        await _store.ReplaceMeetingsAsync(Tenant, [BookingMeeting.From(Tenant, planEvent), BookingMeeting.From(Tenant, planEvent with { Key = November })], Now, CancellationToken.None);
        await _store.ReplaceMeetingsAsync(Tenant, [BookingMeeting.From(Tenant, planEvent)], Now, CancellationToken.None);

        var meeting = Assert.Single(await _store.MeetingsAsync(Tenant, CancellationToken.None));
        Assert.Equal(planEvent.Window, meeting.Window);
    }

    private static BookingRequest Request(string unit, int version, DateOnly date, string? room, string by, string name, int hour = 9)
    {
        var window = new BookingWindow(new FlexibleWindow(new(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), null), ReminderCalendar.Default);
        var (startsAt, endsAt) = window.Slot(date, new TimeOnly(hour, 0));
        return new BookingRequest(Tenant, October, unit, version, date, new TimeOnly(hour, 0), startsAt, endsAt, room, by, name);
    }
}

public sealed class SqliteBookingStoreTests : BookingStoreTests
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresBookingStoreTests : BookingStoreTests
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}
