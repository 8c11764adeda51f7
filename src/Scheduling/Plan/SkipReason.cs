namespace SkoleUtvikling.Scheduling.Plan;

public enum SkipReason
{
    /// <summary>The planned time has passed and the event begins before the next allowed moment.</summary>
    EventStarted,

    /// <summary>Asking for saker is pointless once their deadline has passed.</summary>
    SakerDeadlinePassed,

    /// <summary>The working day before the meeting is not later than the lesebestilling itself.</summary>
    CoincidesWithLesebestilling,
}
