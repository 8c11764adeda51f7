using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Reflection;

namespace SkoleUtvikling.Tests.Unit.Features.Reflection;

public sealed class RoundReminderKeysTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ReminderKind.Remind)]
    [InlineData(ReminderKind.Escalate)]
    public void A_reminder_key_reads_back_its_tenant_round_and_kind(ReminderKind kind)
    {
        var key = RoundReminderKeys.For("tenant-1", "r-abc", new ScheduledReminder(At, kind));

        Assert.True(RoundReminderKeys.IsRoundKey(key));
        Assert.True(RoundReminderKeys.TryParse(key, out var tenant, out var round, out var parsed));
        Assert.Equal(("tenant-1", "r-abc", kind), (tenant, round, parsed));
    }

    [Fact]
    public void Two_reminders_of_one_round_have_different_keys_and_the_same_input_the_same_key()
    {
        var first = RoundReminderKeys.For("t", "r", new ScheduledReminder(At, ReminderKind.Remind));

        Assert.Equal(first, RoundReminderKeys.For("t", "r", new ScheduledReminder(At, ReminderKind.Remind)));
        Assert.NotEqual(first, RoundReminderKeys.For("t", "r", new ScheduledReminder(At.AddDays(2), ReminderKind.Remind)));
    }

    [Theory]
    [InlineData("tenant|event-1/lesebestilling")]
    [InlineData("tenant|round:/remind-202611240700")]
    [InlineData("|round:r/escalate")]
    [InlineData("tenant|round:r/something")]
    public void Plan_keys_and_broken_keys_are_not_reminders(string key)
    {
        Assert.False(RoundReminderKeys.TryParse(key, out _, out _, out _));
    }
}
