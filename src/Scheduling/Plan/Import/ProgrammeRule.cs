using System.Text.RegularExpressions;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Which programme a row belongs to when it carries several tags: the most specific wins.
/// Prosjektmøte (it has agenda deadlines), then Fagdag (title or a line starting with "Fagdag"), then KULG,
/// Lederutvikling, IBSM and LP. No tag: <see cref="Programme.Other"/>.
/// </summary>
internal static partial class ProgrammeRule
{
    private static readonly Programme[] Precedence =
        [Programme.Prosjektmote, Programme.Fagdag, Programme.Kulg, Programme.Lederutvikling, Programme.Ibsm, Programme.Lp];

    public static Programme Decide(IReadOnlySet<Programme> tags, string title, IEnumerable<string> freeLines)
    {
        var all = new HashSet<Programme>(tags);
        if (FagdagStart().IsMatch(title) || freeLines.Any(l => FagdagStart().IsMatch(l)))
        {
            all.Add(Programme.Fagdag);
        }

        foreach (var programme in Precedence)
        {
            if (all.Contains(programme))
            {
                return programme;
            }
        }

        return Programme.Other;
    }

    /// <summary>A programme column of its own (the .xlsx template) or a calendar category: its text is the tag, or "Annet".</summary>
    public static Programme? FromName(string text) =>
        ProgrammeParsing.TryParse(text, out var programme) ? programme
        : string.Equals(text.Trim(), ProgrammeNames.Tag(Programme.Other), StringComparison.OrdinalIgnoreCase) ? Programme.Other
        : null;

    [GeneratedRegex(@"^fagdag\b", RegexOptions.IgnoreCase)]
    private static partial Regex FagdagStart();
}
