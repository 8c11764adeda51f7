namespace SkoleUtvikling.Bot.Filing;

/// <summary>Where documents go in this installation: Graph (a chosen private channel per team) or the local archive folder.</summary>
public sealed record FilingMode(bool UsesGraph);
