using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Tests.Unit.Storage.Outbox;

public sealed class OutboxOptionsValidatorTests
{
    private readonly OutboxOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(_validator.Validate(null, new OutboxOptions()).Succeeded);
    }

    [Fact]
    public void Every_bad_setting_is_reported_by_its_key()
    {
        var bad = new OutboxOptions
        {
            PollInterval = TimeSpan.Zero,
            MaxConcurrentSends = 0,
            SendTimeout = TimeSpan.FromMinutes(6),
            ShutdownGrace = TimeSpan.FromSeconds(-1),
            MaxInlineWait = TimeSpan.FromMinutes(10),
            RetryBaseDelay = TimeSpan.Zero,
            RetryMaxDelay = TimeSpan.FromDays(2),
            MaxAttempts = 0,
            TenantRequestsPerSecond = 0,
            InDoubt = (InDoubtPolicy)7,
        };

        var failures = _validator.Validate(null, bad).Failures!.ToList();

        foreach (var key in new[] { "PollInterval", "MaxConcurrentSends", "SendTimeout", "ShutdownGrace", "MaxInlineWait", "RetryBaseDelay", "RetryMaxDelay", "LeaseDuration", "MaxAttempts", "TenantRequestsPerSecond", "InDoubt" })
        {
            Assert.Contains(failures, f => f.StartsWith($"Outbox:{key} ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_lease_no_longer_than_two_waits_and_two_calls_is_refused_with_the_numbers()
    {
        var options = new OutboxOptions { LeaseDuration = TimeSpan.FromSeconds(70), SendTimeout = TimeSpan.FromSeconds(30), MaxInlineWait = TimeSpan.FromSeconds(5) };

        var failure = Assert.Single(_validator.Validate(null, options).Failures!);

        Assert.Equal("Outbox:LeaseDuration must be longer than 2 × (Outbox:MaxInlineWait + Outbox:SendTimeout) (00:01:10), was 00:01:10.", failure);
    }
}
