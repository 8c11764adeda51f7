namespace SkoleUtvikling.Bot.Collection;

/// <summary>An answer the form does not accept: which field, why, and the bokmål message shown beside it.</summary>
public sealed record FieldError(string FieldId, FieldErrorKind Kind, string Message);
