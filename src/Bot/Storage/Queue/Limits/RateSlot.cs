namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>One counted request: in flight until finished, then it counts from its finish time.</summary>
public sealed class RateSlot(DateTimeOffset startedAt)
{
    public DateTimeOffset At { get; private set; } = startedAt;
    public bool InFlight { get; private set; } = true;

    internal void Finish(DateTimeOffset at)
    {
        if (InFlight)
        {
            At = at > At ? at : At;
            InFlight = false;
        }
    }
}
