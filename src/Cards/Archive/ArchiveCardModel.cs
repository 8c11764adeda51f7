namespace SkoleUtvikling.Cards.Archive;

/// <summary>The team's private channels to choose from, and the current choice if any.</summary>
public sealed record ArchiveCardModel(IReadOnlyList<ArchiveCardChannel> Channels, string? CurrentChannelName);

/// <summary>One private channel on the card.</summary>
public sealed record ArchiveCardChannel(string Id, string Name);
