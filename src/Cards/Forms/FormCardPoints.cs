namespace SkoleUtvikling.Cards.Forms;

/// <summary>A points field's value: its non-empty points, one per line (a point itself never holds a line break).</summary>
public static class FormCardPoints
{
    public static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : [.. value.Split('\n').Where(p => !string.IsNullOrWhiteSpace(p))];

    public static string Join(IEnumerable<string> points) => string.Join('\n', points.Select(OneLine).Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Line breaks (only a hostile client sends them in a one-line input) become spaces.</summary>
    public static string OneLine(string point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Contains('\n', StringComparison.Ordinal) || point.Contains('\r', StringComparison.Ordinal)
            ? point.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            : point;
    }
}
