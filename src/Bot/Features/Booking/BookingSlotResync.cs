using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// At start, tells the slot listeners every booking of a meeting whose window has not ended. A stop between a
/// booking's commit and moving its round (the listeners run after the commit) would otherwise leave that round due
/// at the old time until the group changed its booking again. Listeners move only what differs, so a clean start
/// changes nothing.
/// </summary>
public sealed class BookingSlotResync(BookingStore store, IUnitDirectory units, BookingSlotNotices notices, TimeProvider time,
    ILogger<BookingSlotResync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting; the sweep runs beside the first requests.
        await Task.Yield();
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(time.GetUtcNow()).DateTime);
        var meetings = new Dictionary<(string, string), BookingMeeting?>();
        var told = 0;
        try
        {
            foreach (var row in await store.AllRowsAsync(stoppingToken))
            {
                var key = (row.TenantId, row.EventKey);
                if (!meetings.TryGetValue(key, out var meeting))
                {
                    meeting = meetings[key] = await store.MeetingAsync(row.TenantId, row.EventKey, stoppingToken);
                }

                if (meeting is null || meeting.Window.Last < today
                    || await units.UnitAsync(row.TenantId, row.UnitId, stoppingToken) is not { } group)
                {
                    continue;
                }

                await notices.TellAsync(group, meeting, row, stoppingToken);
                told++;
            }

            BookingLog.SlotsResynced(logger, told);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (System.Data.Common.DbException ex)
        {
            BookingLog.SlotResyncFailed(logger, ex);
        }
    }
}
