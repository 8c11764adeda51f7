namespace SkoleUtvikling.Bot.Filing;

/// <summary>Where a document ended up: a Graph drive item or a file in the local archive.</summary>
/// <param name="Location">The drive item id (Graph) or the full file path (archive).</param>
/// <param name="WebUrl">The link a user can open, when Graph gives one.</param>
public sealed record FiledDocument(string Location, string? WebUrl);
