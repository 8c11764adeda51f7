namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// How late a post may go out. Pure: the job asks it with the planned time and the clock's "now".
/// </summary>
/// <param name="OnTimeTolerance">Lateness still counted as on time (scheduler jitter, a busy moment).</param>
/// <param name="GracePeriod">Lateness after which a post is no longer worth posting (a reading assignment two days late confuses more than it helps).</param>
public sealed record FiringWindow(TimeSpan OnTimeTolerance, TimeSpan GracePeriod)
{
    public FiringVerdict Judge(DateTimeOffset scheduledUtc, DateTimeOffset nowUtc)
    {
        var lateness = nowUtc - scheduledUtc;
        if (lateness > GracePeriod)
        {
            return FiringVerdict.Missed;
        }

        return lateness > OnTimeTolerance ? FiringVerdict.Late : FiringVerdict.OnTime;
    }

    /// <summary>A post first seen this long after its time would only be reported as missed: not worth scheduling.</summary>
    public bool IsTooLateToSchedule(DateTimeOffset scheduledUtc, DateTimeOffset nowUtc) => nowUtc - scheduledUtc > GracePeriod;
}
