using System.Globalization;
using System.Text;

namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// The stable key of a plan event: "{programme}-{yyyy-MM-dd}-{title}", e.g. "kulg-2020-05-14-utviklingsplan-2020-2021".
/// Programme is the programme's slug, the date is the event's first date, and the title is normalized:
/// lower case, æ→ae, ø→o, å→a, other accents dropped, every run of other characters turned into one "-",
/// cut to 60 characters. So re-importing the same row (even with changed spacing, case or punctuation)
/// gives the same key, while moving the meeting or renaming it gives a new one (its old posts are then
/// retired and new ones planned). Two rows with the same key in one file get "-2", "-3" in file order.
/// </summary>
public static class PlanEventKey
{
    public const int MaxTitleLength = 60;

    public static string For(Programme programme, DateOnly firstDate, string title) =>
        $"{ProgrammeNames.Slug(programme)}-{firstDate:yyyy-MM-dd}-{NormalizeTitle(title)}";

    /// <summary>The key of the n-th row (n ≥ 2) that has the same key as an earlier row.</summary>
    public static string Occurrence(string key, int occurrence) => occurrence <= 1 ? key : $"{key}-{occurrence}";

    public static string NormalizeTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var folded = title.ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);

        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        if (result.Length > MaxTitleLength)
        {
            result = result[..MaxTitleLength].TrimEnd('-');
        }

        return result.Length == 0 ? "uten-tittel" : result;
    }
}
