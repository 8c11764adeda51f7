namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>At most <paramref name="Limit"/> requests in any <paramref name="Length"/> (a sliding window).</summary>
public readonly record struct RateWindow(int Limit, TimeSpan Length)
{
    public override string ToString() => $"{Limit}/{Length.TotalSeconds:0.###}s";
}
