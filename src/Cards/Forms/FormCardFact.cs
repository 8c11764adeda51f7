namespace SkoleUtvikling.Cards.Forms;

/// <summary>One line of the facts shown above a form, e.g. «Møte» and «Frist» (already Europe/Oslo text).</summary>
public sealed record FormCardFact(string Title, string Value);
