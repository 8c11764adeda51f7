namespace SkoleUtvikling.Bot.Filing;

/// <summary>A private channel a team's documents can be filed into.</summary>
public sealed record ArchiveChannel(string Id, string Name);
