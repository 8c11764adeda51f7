using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Booking;

/// <summary>
/// The two defects of flexible meetings, fixed through the core's "slot a unit meets" (IMeetingSlots): a reflection
/// round of such a meeting is due at the group's own booked slot, or at the window's end, never at the window's first
/// day; and the plan's one «Husk møtet i morgen» before the window is left out (groups are reminded of their own slots).
/// </summary>
public sealed class FlexibleMeetingDueTests
{
    private const string Group = "nettverksgruppe:gruppe-3";

    [Fact]
    public async Task A_flexible_meetings_round_is_due_at_the_groups_booked_slot_and_elsewhere_at_the_windows_end()
    {
        await using var teams = await ReflectionConversation.StartAsync();
        (await teams.SayInChannelAsync(Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();
        var store = teams.Host.Services.GetRequiredService<BookingStore>();
        var meeting = (await store.MeetingsAsync(Tenant, CancellationToken.None)).Single(m => m.Anchor == "2020-10-01");
        var planEvent = new PlanEvent
        {
            Key = meeting.EventKey, Programme = Programme.Lp, Title = meeting.Title, FirstDate = new(2020, 10, 1), LastDate = new(2020, 10, 1),
            StartTime = new TimeOnly(9, 0), Window = meeting.Window, Lesebestilling = new Lesebestilling("Les kapittel 2 i modul 2.", []),
        };
        var opener = teams.Host.Services.GetRequiredService<ReflectionRoundOpener>();

        // Not booked yet: due at the end of the window (Tuesday 6 October, Oslo), not at its first day (25 September 22:00 UTC).
        var unbooked = await opener.PrepareAsync(Tenant, planEvent, TeamId, Channel, teams.Connector.ServiceUrl, "post:test-1", CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2020, 10, 6, 22, 0, 0, TimeSpan.Zero), unbooked!.Round.Deadline);

        // Booked for Tuesday 29 September 12.00: the group's round is due then.
        var window = new BookingWindow(meeting.Window, ReminderCalendar.Default);
        var (start, end) = window.Slot(new DateOnly(2020, 9, 29), new TimeOnly(12, 0));
        var saved = await store.SaveAsync(new BookingRequest(Tenant, meeting.EventKey, Group, 0, new DateOnly(2020, 9, 29), new TimeOnly(12, 0), start, end, null, Ola.Id, Ola.Name),
            teams.Clock.GetUtcNow(), null, CancellationToken.None);
        Assert.Equal(BookingSaveStatus.Saved, saved.Status);
        var booked = await opener.PrepareAsync(Tenant, planEvent, TeamId, Channel, teams.Connector.ServiceUrl, "post:test-2", CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2020, 9, 29, 10, 0, 0, TimeSpan.Zero), booked!.Round.Deadline);

        // A channel that is no group: the window's end.
        var elsewhere = await opener.PrepareAsync(Tenant, planEvent, TeamId, "19:annen@thread.tacv2", teams.Connector.ServiceUrl, "post:test-3", CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2020, 10, 6, 22, 0, 0, TimeSpan.Zero), elsewhere!.Round.Deadline);
    }

    [Fact]
    public async Task The_plans_single_reminder_before_a_flexible_window_is_left_out()
    {
        await using var teams = await ReflectionConversation.StartAsync(new Dictionary<string, string?>
        {
            ["Scheduling:Posts:Programmes:Lp:RemindWithoutLesebestilling"] = "true",
        });
        (await teams.SayInChannelAsync(Kari, "koble LP")).EnsureSuccessStatusCode();
        (await teams.SayInChannelAsync(Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();
        var store = teams.Host.Services.GetRequiredService<BookingStore>();
        var eventKey = (await store.MeetingsAsync(Tenant, CancellationToken.None)).Single(m => m.Anchor == "2020-10-01").EventKey;

        // The plan would have reminded the LP channel on Friday 25 September 08.00, the working day before the window.
        teams.Clock.SetUtcNow(new DateTimeOffset(2020, 9, 25, 6, 0, 30, TimeSpan.Zero));
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (!teams.Logs.Entries.Any(e => e.Message.Contains($"{eventKey}/reminder left out", StringComparison.Ordinal)))
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, "the plan's reminder of the flexible meeting was never fired");
            await Task.Delay(50);
        }

        await using var db = await teams.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE @Key", new { Key = $"%{eventKey}/reminder" }));
        // A fixed LP meeting without a lesebestilling still gets its reminder: the rule is only for windows.
        Assert.True(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'post:%|lp-%/reminder' OR dedupe_key LIKE 'missed:%|lp-%/reminder'") > 0);
    }
}
