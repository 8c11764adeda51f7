namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// What happens after the deadline: the round locks, or answers are still accepted (marked late) until
/// a hard close. HardClose null means locked at the deadline.
/// </summary>
public sealed record LatePolicy
{
    private LatePolicy(DateTimeOffset? hardClose) => HardClose = hardClose?.ToUniversalTime();

    public static LatePolicy Locked { get; } = new((DateTimeOffset?)null);

    public static LatePolicy AcceptLateUntil(DateTimeOffset hardClose) => new(hardClose);

    public DateTimeOffset? HardClose { get; }

    public bool AcceptsLate => HardClose is not null;
}
