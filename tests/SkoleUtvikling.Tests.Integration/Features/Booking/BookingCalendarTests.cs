using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Bot.Features.Booking.Calendar;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Graph;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Features.Booking;

/// <summary>
/// The calendar-event job kind against the fake Graph: the job is committed with the booking while no worker runs
/// (the bot went down between the booking and the event); after the restart Graph first throttles (429 +
/// Retry-After), then carries the create out but the answer is lost; the retry sends the same transactionId, so
/// exactly one event exists. A move (by a new worker, as after another restart) updates that event; a cancel cancels it.
/// </summary>
#pragma warning disable CA1001 // Disposed by IAsyncLifetime.DisposeAsync.
public abstract class BookingCalendarTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string EventKey = "lp-2020-10-01-kompetansepakken";
    private const string Unit = "nettverksgruppe:gruppe-3";
    private const string OlaAad = "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b";

    /// <summary>The group as the roster gave it when the booking changed: Ola (the organizer, no guest) and Kari.</summary>
    private static readonly CalendarAttendee[] Members =
    [
        new("Ola Hansen", "ola.hansen@skole.no", OlaAad),
        new("Kari Nordmann", "kari.nordmann@skole.no", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
    ];

    private TestDatabase _db = null!;
    private Database _database = null!;
    private BookingStore _store = null!;
    private FakeGraph _graph = null!;
    private HttpClient _http = null!;
    private ServiceProvider _services = null!;
    private readonly CapturedLogs _logs = new();

    protected abstract SqlDialect Dialect { get; }

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Dialect);
        _database = new Database(Options.Create(_db.Options));
        _store = new BookingStore(_database);
        _graph = await FakeGraph.StartAsync();
        _http = GraphClients.CreateHttpClientWithoutRetries();
        _services = new ServiceCollection()
            .AddSingleton(new GraphClients(_ => new GraphServiceClient(_http, new AnonymousAuthenticationProvider(), _graph.BaseUrl)))
            .BuildServiceProvider();
        var planEvent = new PlanEvent
        {
            Key = EventKey, Programme = Programme.Lp, Title = "Kompetansepakken for skoleledere", FirstDate = new(2020, 10, 1), LastDate = new(2020, 10, 1),
            Window = new FlexibleWindow(new(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), "Arne K."),
        };
        await _store.ReplaceMeetingsAsync(Tenant, [BookingMeeting.From(Tenant, planEvent)], TimeProvider.System.GetUtcNow(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _http.Dispose();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task After_a_crash_a_429_and_a_lost_answer_exactly_one_event_exists_and_a_move_updates_it_and_a_cancel_cancels_it()
    {
        // Booked; the job is committed with the booking, but no worker runs (the bot is down).
        var booked = await SaveAsync(0, new DateOnly(2020, 9, 29), 12, "Rom 204");
        Assert.Equal(1L, await PendingJobsAsync());

        // The restart: Graph throttles once, then makes the event but the answer is lost.
        _graph.FailNext("createEvent", FakeGraphFault.Throttle(TimeSpan.FromSeconds(1)));
        _graph.Events.LoseNextCreateAnswer();
        await RunWorkerUntilAsync(() => PendingJobsAsync().ContinueWith(t => t.Result == 0));

        var only = Assert.Single(_graph.Events.All);
        Assert.Equal((OlaAad, "2020-09-29T10:00:00", "2020-09-29T13:00:00", "Rom 204", false), (only.UserId, only.Start, only.End, only.Location, only.Cancelled));
        Assert.Equal(["kari.nordmann@skole.no"], only.Attendees);
        Assert.Equal(3, _graph.CallCount("createEvent"));
        await using (var c = await _database.OpenAsync())
        {
            Assert.Equal(only.Id, await c.ExecuteScalarAsync<string>("SELECT graph_event_id FROM booking_calendar_events"));
            Assert.Equal(3L, await c.ExecuteScalarAsync<long>("SELECT attempts FROM booking_calendar_jobs WHERE status = 'done'"));
            Assert.Equal(1L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM booking_calendar_pauses WHERE tenant_id = @Tenant", new { Tenant }));
        }

        // A move, worked by a new worker (another restart): the same event is updated, none added.
        await SaveAsync((int)booked.Version, new DateOnly(2020, 9, 30), 9, null);
        await RunWorkerUntilAsync(() => PendingJobsAsync().ContinueWith(t => t.Result == 0));
        var moved = Assert.Single(_graph.Events.All);
        Assert.Equal((only.Id, "2020-09-30T07:00:00", "2020-09-30T10:00:00"), (moved.Id, moved.Start, moved.End));
        Assert.Equal(["kari.nordmann@skole.no"], moved.Attendees);
        Assert.Equal(1, _graph.CallCount("updateEvent"));

        // A cancel cancels it.
        var cancel = new BookingRequest(Tenant, EventKey, Unit, 2, default, default, TimeProvider.System.GetUtcNow(), TimeProvider.System.GetUtcNow(), null, "29:ola", "Ola", OlaAad);
        var cancelled = await _store.CancelAsync(cancel, TimeProvider.System.GetUtcNow(), (c, t, row) => BookingCalendarJobs.EnqueueAsync(c, t, row, Members, TimeProvider.System.GetUtcNow()), CancellationToken.None);
        Assert.Equal(BookingSaveStatus.Saved, cancelled.Status);
        await RunWorkerUntilAsync(() => PendingJobsAsync().ContinueWith(t => t.Result == 0));
        Assert.True(Assert.Single(_graph.Events.All).Cancelled);
    }

    private async Task<BookingRow> SaveAsync(int version, DateOnly date, int hour, string? room)
    {
        var window = new BookingWindow(new FlexibleWindow(new(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), null), ReminderCalendar.Default);
        var (start, end) = window.Slot(date, new TimeOnly(hour, 0));
        var request = new BookingRequest(Tenant, EventKey, Unit, version, date, new TimeOnly(hour, 0), start, end, room, "29:ola", "Ola Hansen", OlaAad);
        var result = await _store.SaveAsync(request, TimeProvider.System.GetUtcNow(), (c, t, row) => BookingCalendarJobs.EnqueueAsync(c, t, row, Members, TimeProvider.System.GetUtcNow()), CancellationToken.None);
        Assert.Equal(BookingSaveStatus.Saved, result.Status);
        return result.Current!;
    }

    private async Task<long> PendingJobsAsync()
    {
        await using var c = await _database.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM booking_calendar_jobs WHERE status = 'pending'");
    }

    /// <summary>A fresh worker (as after a restart) runs until the condition holds, then stops.</summary>
    private async Task RunWorkerUntilAsync(Func<Task<bool>> done)
    {
        // The lease outlasts the wait: a job left leased by mistake shows as a failure here, not as a late success.
        var settings = new QueueSettings(true, 2, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1), TimeSpan.Zero);
        var worker = new BookingCalendarWorker(new BookingCalendarJobs(_database), _store, new GraphBookingCalendar(_services, TimeProvider.System), settings,
            new BookingCalendarSignal(), new RetryBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), new Random(1)), TimeProvider.System,
            _logs.CreateLogger(nameof(BookingCalendarWorker)));
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // 3 s on a quiet machine; a loaded CI machine has taken over 30.
            var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
            while (!await done())
            {
                if (TimeProvider.System.GetUtcNow() > deadline)
                {
                    await using var c = await _database.OpenAsync();
                    var jobs = await c.QueryAsync<(long, string, long, string?, long?)>(
                        "SELECT id, status, attempts, lease_owner, next_attempt_at_ms FROM booking_calendar_jobs ORDER BY id");
                    Assert.Fail($"The calendar jobs were not done within 60 s. Jobs: {string.Join("; ", jobs)}. "
                        + $"Graph calls: {string.Join(", ", _graph.Calls.Select(g => $"{g.Route} {g.Status}"))}. Worker log: {_logs.Tail(15)}");
                }

                await Task.Delay(50);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
    }
}

public sealed class SqliteBookingCalendarTests : BookingCalendarTests
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresBookingCalendarTests : BookingCalendarTests
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}
