namespace SkoleUtvikling.Bot.Filing;

/// <summary>A rendered document and where below the archive it belongs.</summary>
public sealed record FilingDocument(FilingPath Path, byte[] Content);
