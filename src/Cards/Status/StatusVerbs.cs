namespace SkoleUtvikling.Cards.Status;

/// <summary>The verbs and data fields of the status card; the bot's handler reads the same constants.</summary>
public static class StatusVerbs
{
    public const string Prefix = "status.";

    /// <summary>«Purr»: the whole round, or the person chosen in <see cref="Person"/>.</summary>
    public const string Chase = "status.purr";

    /// <summary>«Send på nytt»: only the chases that failed.</summary>
    public const string Resend = "status.resend";

    /// <summary>«Rapport (Excel)»: the round's report through file consent, as the <c>rapport</c> command.</summary>
    public const string Report = "status.report";

    /// <summary>«Oppdater»: the card as it is now.</summary>
    public const string Refresh = "status.refresh";

    /// <summary>«Purr» on a section another feature contributes (e.g. «Purr grupper» for bookings).</summary>
    public const string ChaseSection = "status.purr-section";

    /// <summary>Data fields of <see cref="ChaseSection"/>: the contributing feature and its item (both the client's claim).</summary>
    public const string Source = "source";

    public const string ItemId = "itemId";

    public const string RoundId = "roundId";

    /// <summary>Data field: whom «Purr» is for; «*», empty or absent for everyone missing.</summary>
    public const string Person = "person";

    /// <summary>The choice set of one round's «Purr» (input ids are unique in a card, which may hold several rounds).</summary>
    public static string PersonInput(string roundId) => $"{Person}-{roundId}";

    /// <summary>The choice meaning everyone still missing.</summary>
    public const string Everyone = "*";
}
