namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>Reads a programme name a person typed ("KULG", "ibsm", "Prosjektmøte", "prosjektmote").</summary>
public static class ProgrammeParsing
{
    public static IReadOnlyList<Programme> Known { get; } =
        [Programme.Kulg, Programme.Ibsm, Programme.Lp, Programme.Lederutvikling, Programme.Prosjektmote, Programme.Fagdag];

    public static bool TryParse(string text, out Programme programme)
    {
        var trimmed = text.Trim();
        foreach (var candidate in Known)
        {
            if (string.Equals(trimmed, ProgrammeNames.Tag(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, ProgrammeNames.Slug(candidate), StringComparison.OrdinalIgnoreCase))
            {
                programme = candidate;
                return true;
            }
        }

        programme = Programme.Other;
        return false;
    }
}
