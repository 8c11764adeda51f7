namespace SkoleUtvikling.Cards.Status;

/// <summary>The status card: rounds a leader leads. Names only when <see cref="ShowNames"/> (their 1:1 chat).</summary>
public sealed record StatusCardModel(IReadOnlyList<StatusGroupModel> Groups, bool ShowNames)
{
    /// <summary>A line above the rounds, e.g. what «Purr» just did.</summary>
    public string? Notice { get; init; }

    /// <summary>Lines other features contribute (e.g. bookings of flexible meetings), after the rounds.</summary>
    public IReadOnlyList<StatusSectionModel> Sections { get; init; } = [];
}

/// <summary>
/// One contributed section: title, subtitle, summary; in the 1:1 view the names missing (<see cref="Missing"/>, empty
/// in a channel) and a «purr» button (<see cref="ChaseLabel"/>, null for none) sending <see cref="Source"/> and <see cref="ItemId"/>.
/// </summary>
public sealed record StatusSectionModel(string Source, string ItemId, string Title, string Subtitle, string Summary,
    string MissingLabel, IReadOnlyList<string> Missing, string? ChaseLabel);

/// <summary>Rounds of one school or unit (team); the heading is omitted when there is only one group.</summary>
public sealed record StatusGroupModel(string Heading, IReadOnlyList<StatusRoundModel> Rounds);

public sealed record StatusRoundModel(
    string RoundId,
    string Title,
    string Kind,
    string Deadline,
    bool Closed,
    int Delivered,
    int Late,
    int Missing,
    int Exempt,
    int Expected,
    IReadOnlyList<(string Day, int Delivered)> DeliveredPerDay,
    IReadOnlyList<StatusPersonModel> People)
{
    /// <summary>Counts per school or unit when the round's people belong to several (empty otherwise); the channel view shows only these.</summary>
    public IReadOnlyList<StatusUnitModel> Units { get; init; } = [];
}

/// <summary>One school or unit of a round: how many of its people have delivered (on time or late) of those expected, and how many are missing.</summary>
public sealed record StatusUnitModel(string Name, int Delivered, int Expected, int Missing);

/// <summary>One person (or unit) in the 1:1 view: state in words, and the last chase's result if any.</summary>
public sealed record StatusPersonModel(string UserId, string Name, StatusPersonState State, string? Note, string? Chase, bool ChaseFailed)
{
    /// <summary>The school or unit the person belongs to, when the round has several (<see cref="StatusRoundModel.Units"/>).</summary>
    public string? Unit { get; init; }
}

public enum StatusPersonState
{
    Missing,
    Delivered,
    Late,
    Exempt,
}
