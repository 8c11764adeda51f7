namespace SkoleUtvikling.Bot.Collection;

/// <summary>A round's counts among those who must answer. Submitted = delivered + late.</summary>
public sealed record RoundProgress(int Delivered, int Late, int Draft, int Expected)
{
    public int Submitted => Delivered + Late;

    /// <summary>"12 av 30 har levert": the only status the channel shows.</summary>
    public string ChannelText => CollectionTexts.Progress(Submitted, Expected);
}
