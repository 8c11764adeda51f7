using System.Globalization;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>
/// Development mode only: the bot's clock starts at <c>DevelopmentClock:Start</c> and runs at normal
/// speed from there, so a plan from another school year can be tried (and tested end to end) as if
/// it were then. Timers and delays are real; only "now" is shifted.
/// </summary>
public sealed class DevelopmentClock(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    public const string Setting = "DevelopmentClock:Start";

    private readonly TimeSpan _offset = start - real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override long GetTimestamp() => real.GetTimestamp();

    public override long TimestampFrequency => real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, dueTime, period);

    /// <summary>The system clock, or a shifted one when the setting is there and the bot is in development mode.</summary>
    public static TimeProvider From(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return System;
        }

        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            throw new InvalidOperationException($"{Setting} is only allowed in development mode (without MicrosoftAppId).");
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new InvalidOperationException($"{Setting} must be an ISO 8601 instant such as 2021-05-07T05:59:30Z, was '{value}'.");
        }

        return new DevelopmentClock(start, System);
    }
}
