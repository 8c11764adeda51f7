namespace SkoleUtvikling.Bot.Collection;

/// <summary>One option of a choice field: the stored value and the bokmål title shown.</summary>
public sealed record FormChoice(string Value, string Title);
