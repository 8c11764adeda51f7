using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Collects every bad outbox setting at start; each message names its key and value.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions o)
    {
        var failures = new List<string>();
        QueueOptions.ValidateShared(failures, OutboxOptions.Section, o);
        QueueOptions.Between(failures, OutboxOptions.Section, nameof(o.SendTimeout), o.SendTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        QueueOptions.Between(failures, OutboxOptions.Section, nameof(o.MaxInlineWait), o.MaxInlineWait, TimeSpan.Zero, TimeSpan.FromMinutes(5));

        // A lease must outlast the longest time a worker holds a row: a 1:1 to open is two rate-limit waits and two calls.
        var longestHold = (o.MaxInlineWait + o.SendTimeout) * 2;
        if (o.LeaseDuration <= longestHold)
        {
            failures.Add($"Outbox:LeaseDuration must be longer than 2 × (Outbox:MaxInlineWait + Outbox:SendTimeout) ({longestHold}), was {o.LeaseDuration}.");
        }

        if (o.MaxConcurrentSends is < 1 or > 256)
        {
            failures.Add($"Outbox:MaxConcurrentSends must be between 1 and 256, was {o.MaxConcurrentSends}.");
        }

        if (o.MaxAttempts < 1)
        {
            failures.Add($"Outbox:MaxAttempts must be at least 1, was {o.MaxAttempts}.");
        }

        if (o.TenantRequestsPerSecond is < 1 or > 10_000)
        {
            failures.Add($"Outbox:TenantRequestsPerSecond must be between 1 and 10000, was {o.TenantRequestsPerSecond}.");
        }

        if (!Enum.IsDefined(o.InDoubt))
        {
            failures.Add($"Outbox:InDoubt must be Resend or Hold, was '{o.InDoubt}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
