namespace SkoleUtvikling.Cards.Forms;

/// <summary>One option of a choice field: the value that is submitted and stored, and the bokmål title shown.</summary>
public sealed record FormCardChoice(string Value, string Title);
