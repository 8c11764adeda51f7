using System.Security.Cryptography;
using System.Text;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Features.Booking.Calendar;

/// <summary>
/// The calendar-event job kind of the durable queue (<see cref="QueueWorker{TJob}"/>): brings a booking's Graph event
/// (in the booking person's calendar) in line with the booking as it is now. The first job creates it with a
/// transactionId stored beforehand, so a retry after a lost answer or a crash gets the same event back, never a
/// second; a move updates it (PATCH); a cancel cancels it. Outlook's limit per mailbox (10,000 requests per
/// 10 minutes) is the key window; a 429 pauses the tenant until Retry-After, as for every kind.
/// </summary>
public sealed class BookingCalendarWorker : QueueWorker<CalendarJobRow>
{
    public static readonly RateWindow MailboxWindow = new(10_000, TimeSpan.FromMinutes(10));

    private readonly BookingCalendarJobs _jobs;
    private readonly BookingStore _store;
    private readonly IBookingCalendar _calendar;
    private readonly FailurePolicy _policy;
    private readonly JobGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public BookingCalendarWorker(BookingCalendarJobs jobs, BookingStore store, IBookingCalendar calendar, FilingMode mode, BookingCalendarSignal signal,
        TimeProvider time, ILogger<BookingCalendarWorker> logger)
        : this(jobs, store, calendar, Settings(mode.UsesGraph), signal, new RetryBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(15), Random.Shared), time, logger)
    {
    }

    public BookingCalendarWorker(BookingCalendarJobs jobs, BookingStore store, IBookingCalendar calendar, QueueSettings settings, BookingCalendarSignal signal,
        RetryBackoff backoff, TimeProvider time, ILogger logger)
        : base(BookingCalendarJobs.Kind, settings, signal, new RateLimiter([MailboxWindow], [], backoff, time), time, logger)
    {
        _jobs = jobs;
        _store = store;
        _calendar = calendar;
        _time = time;
        _logger = logger;
        // Create (same transactionId), PATCH and cancel are idempotent: an attempt of unknown outcome is simply repeated.
        _policy = new FailurePolicy(Limiter, backoff, jobs.Queue, int.MaxValue, InDoubtPolicy.Resend, time, logger);
        _gate = new JobGate(Limiter, jobs.Queue, TimeSpan.Zero, time, logger, OwnerId);
    }

    /// <summary>Graph's transactionId of a booking's event: stable, derived from the booking and the job that first made it.</summary>
    public static string TransactionId(CalendarJobRow job)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{job.TenantId}|{job.EventKey}|{job.UnitId}|{job.Id}"));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    protected override QueueTable Table => _jobs.Queue;

    protected override async Task PerformAsync(CalendarJobRow job, CancellationToken stopping, CancellationToken hardStop)
    {
        var booking = await _store.BookingAsync(job.TenantId, job.EventKey, job.UnitId, hardStop);
        var meeting = await _store.MeetingAsync(job.TenantId, job.EventKey, hardStop);
        var stored = await _jobs.EventAsync(job, hardStop);
        var organizer = stored?.OrganizerId ?? booking?.BookedByAad;
        if (booking is null || meeting is null || organizer is null || (!booking.IsBooked && stored?.GraphEventId is null))
        {
            // Nothing to mirror (no organizer known, or a cancel of an event never made).
            await RecordAsync(job, _jobs.RecordDoneAsync(job, OwnerId, 0, NowMs()));
            return;
        }

        if (await _gate.AcquireAsync(job, organizer, stopping) is not { } permit)
        {
            return;
        }

        var status = 200;
        try
        {
            if (!booking.IsBooked)
            {
                await _calendar.CancelAsync(job.TenantId, organizer, stored!.GraphEventId!, BookingTexts.CalendarCancelled, hardStop);
                await _jobs.ForgetEventAsync(job);
                status = 202;
            }
            else if (stored?.GraphEventId is { } graphEventId)
            {
                await _calendar.UpdateAsync(job.TenantId, organizer, graphEventId, Event(meeting, booking, job, organizer), hardStop);
            }
            else
            {
                var transactionId = stored?.TransactionId ?? TransactionId(job);
                if (stored is null)
                {
                    await _jobs.BeginEventAsync(job, organizer, transactionId, NowMs());
                }

                var id = await _calendar.CreateAsync(job.TenantId, organizer, transactionId, Event(meeting, booking, job, organizer), hardStop);
                await _jobs.SetEventIdAsync(job, id, NowMs());
                status = 201;
            }
        }
        catch (CalendarCallException ex)
        {
            var kind = ex.StatusCode == 429 ? FailureKind.Throttled : ex.Transient ? FailureKind.Transient : FailureKind.Permanent;
            var decision = await _policy.DecideAsync(job.TenantId, new JobFailure(kind, ex.StatusCode, ex.RetryAfter, ex.OutcomeUnknown, $"{ex.StatusCode}"), job.Attempts + 1, idempotent: true);
            if (decision.RetryAt is { } next)
            {
                await RecordAsync(job, _jobs.RecordRetryAsync(job, OwnerId, ex.StatusCode, ex.Message, next.ToUnixTimeMilliseconds()));
                BookingLog.CalendarRetrying(_logger, job.Id, ex.StatusCode, next);
            }
            else
            {
                await RecordAsync(job, _jobs.RecordDeadAsync(job, OwnerId, ex.StatusCode, decision.StopReason ?? ex.Message, NowMs()));
                BookingLog.CalendarDead(_logger, job.Id, ex.StatusCode);
            }

            return;
        }
        catch (OperationCanceledException) when (hardStop.IsCancellationRequested)
        {
            await _jobs.Queue.ReleaseAsync(job.Id, OwnerId, NowMs());
            return;
        }
        finally
        {
            _gate.Limiter.Complete(permit);
        }

        _gate.Limiter.Succeeded(job.TenantId);
        await RecordAsync(job, _jobs.RecordDoneAsync(job, OwnerId, status, NowMs()));
        BookingLog.CalendarDone(_logger, job.Id, status);
    }

    /// <summary>The event as it should be: the booking now, the group's members invited (the organizer is the host, not a guest).</summary>
    private static CalendarEvent Event(BookingMeeting meeting, BookingRow booking, CalendarJobRow job, string organizer) =>
        new(meeting.Title, booking.StartsAt, booking.EndsAt, booking.Room, BookingTexts.CalendarBody(meeting.Title, BookingViews.SlotText(booking)),
            [.. job.Attendees.Where(a => !string.Equals(a.Aad, organizer, StringComparison.OrdinalIgnoreCase))]);

    private async Task RecordAsync(CalendarJobRow job, Task<bool> recording)
    {
        if (!await recording)
        {
            BookingLog.CalendarLeaseLost(_logger, job.Id);
        }
    }

    private long NowMs() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static QueueSettings Settings(bool enabled) =>
        new(enabled, 4, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), MaxInlineWait: TimeSpan.Zero);
}

/// <summary>Rings the calendar worker when a job is committed.</summary>
public sealed class BookingCalendarSignal : WorkSignal;
