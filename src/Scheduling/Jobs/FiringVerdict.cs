namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>What a firing does with its post, decided from how late it is (<see cref="FiringWindow"/>).</summary>
public enum FiringVerdict
{
    /// <summary>Within the on-time tolerance: posted as planned.</summary>
    OnTime,

    /// <summary>Past the tolerance but within the grace period: posted, marked late (a catch-up).</summary>
    Late,

    /// <summary>Past the grace period: not posted, reported to the coordinator instead.</summary>
    Missed,
}
