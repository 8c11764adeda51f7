namespace SkoleUtvikling.Bot.Collection;

/// <summary>Where filed documents go: a leaders-only channel's files folder via Graph, or the local archive folder.</summary>
public enum FilingTarget
{
    LeadersChannelFiles,
    LocalArchive,
}
