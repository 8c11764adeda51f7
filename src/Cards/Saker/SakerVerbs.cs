namespace SkoleUtvikling.Cards.Saker;

/// <summary>The verbs and data fields of the saker cards; the bot's handlers read the same constants.</summary>
public static class SakerVerbs
{
    public const string Prefix = "saker.";
    public const string Open = "saker.open";
    public const string Submit = "saker.sak.submit";
    public const string Edit = "saker.edit";
    public const string Refresh = "saker.refresh";
    public const string List = "saker.list";
    public const string MoveUp = "saker.up";
    public const string MoveDown = "saker.down";
    public const string Drop = "saker.drop";
    public const string Restore = "saker.restore";

    /// <summary>Data field: the round of the meeting's saker.</summary>
    public const string RoundId = "roundId";

    /// <summary>Data field: which sak a leader's button acts on.</summary>
    public const string Item = "item";
}
