namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>Either a permit to call now, or how long to wait before asking again.</summary>
public readonly record struct RateDecision(RatePermit? Permit, TimeSpan Wait, bool TenantPaused)
{
    public static RateDecision Granted(RatePermit permit) => new(permit, TimeSpan.Zero, false);

    public static RateDecision WaitFor(TimeSpan wait, bool tenantPaused) => new(null, wait, tenantPaused);
}
