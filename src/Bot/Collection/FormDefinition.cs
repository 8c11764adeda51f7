namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// A form: the fields a round asks for. Reflection notes are the first; mellomarbeid feedback, saker to
/// an agenda and booking are other field lists for the same engine.
/// </summary>
public sealed record FormDefinition
{
    public FormDefinition(string id, string title, IReadOnlyList<FormField> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
        {
            throw new ArgumentException($"Form '{id}' has no fields.", nameof(fields));
        }

        var duplicate = fields.GroupBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Form '{id}' has the field id '{duplicate.Key}' twice.", nameof(fields));
        }

        Id = id;
        Title = title;
        Fields = fields;
    }

    public string Id { get; }

    /// <summary>The bokmål title shown on the card and in the receipt.</summary>
    public string Title { get; }

    public IReadOnlyList<FormField> Fields { get; }

    public FormField? Field(string fieldId) => Fields.FirstOrDefault(f => string.Equals(f.Id, fieldId, StringComparison.Ordinal));
}
