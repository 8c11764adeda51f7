namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>What everyone must read or do before the meeting, with the links found in it (web pages, mailto).</summary>
public sealed record Lesebestilling(string Text, IReadOnlyList<Uri> Links);
