namespace SkoleUtvikling.Bot.Features.Reflection.Documents;

/// <summary>One question of a form and the answer given. Newlines in <see cref="Answer"/> become paragraphs.</summary>
public sealed record DocumentAnswer(string Question, string Answer);
