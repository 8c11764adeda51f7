namespace SkoleUtvikling.Cards.Saker;

/// <summary>One sak as the saksliste shows it: no author, no description.</summary>
public sealed record SakLine(string Title, string Presenter, int Minutes);

/// <summary>What the call-for-saker post shows under it: the deadline, how many, and «Meld inn sak».</summary>
public sealed record SakerCallModel(string RoundId, string Deadline, int Count);

/// <summary>The sak form: the meeting, the deadline, the titles so far, and what the person has typed or saved.</summary>
public sealed record SakFormModel(string RoundId, string Meeting, string Deadline, IReadOnlyList<string> Titles)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the person already has a sak: the button says «Lagre endringen».</summary>
    public bool Editing { get; init; }
}

/// <summary>The author's receipt; <see cref="Editable"/> until the deadline.</summary>
public sealed record SakerReceiptModel(
    string RoundId,
    string Meeting,
    string Deadline,
    string ReceivedAt,
    SakLine Sak,
    string Description,
    bool Editable,
    IReadOnlyList<string> Titles,
    string AuthorUserId);

/// <summary>One sak as the meeting leader sees it.</summary>
public sealed record SakerLeaderItem(string ItemId, string Title, string Description, string Presenter, int Minutes,
    string SubmittedBy, string SubmittedAt, bool Dropped);

/// <summary>The leader's view: every sak, in saksliste order, the dropped ones last.</summary>
public sealed record SakerLeaderModel(string RoundId, string Meeting, string Deadline, IReadOnlyList<SakerLeaderItem> Items);
