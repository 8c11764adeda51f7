namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>One line of a table cell (a paragraph, or part of one split by a line break) and its hyperlinks.</summary>
internal sealed record CellLine(string Text, IReadOnlyList<Uri> Links)
{
    public CellLine(string text)
        : this(text, [])
    {
    }
}

/// <summary>The text of one table cell as lines, blank lines dropped, whitespace collapsed.</summary>
internal sealed class CellText
{
    public CellText(IEnumerable<CellLine> lines)
    {
        Lines = [.. lines
            .Select(l => l with { Text = PlanText.Collapse(l.Text) })
            .Where(l => l.Text.Length > 0)];
    }

    public static CellText Empty { get; } = new([]);

    public IReadOnlyList<CellLine> Lines { get; }

    public bool IsEmpty => Lines.Count == 0;

    /// <summary>All lines joined by one space: for patterns that a line break may cut in two.</summary>
    public string Joined => string.Join(' ', Lines.Select(l => l.Text));

    public static CellText Of(params string[] lines) => new(lines.Select(l => new CellLine(l)));
}
