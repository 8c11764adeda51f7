using System.Text.RegularExpressions;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// The year the rows below a heading belong to: "Høst 2020", "AUGUST - 2020" give 2020; a school-year
/// heading ("2020-2021") puts August–December in the first year and January–July in the second.
/// </summary>
internal sealed partial record YearContext(int First, int? Second)
{
    private static readonly string[] HeadingWords =
    [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
        "høst", "vår", "skoleår", "halvår",
    ];

    public int YearFor(int month) => Second is { } second && month < 8 ? second : First;

    /// <summary>A year heading, or null for any other full-width row (notes such as "I denne perioden: ...").</summary>
    public static YearContext? FromHeading(CellText heading) =>
        heading.IsEmpty ? null : FromLine(heading.Lines[0].Text, 40);

    /// <summary>
    /// The year of a document title above the table ("VIST pulje 2 - Aktiviteter høst 2020 med tidsplan"): longer
    /// than a heading row may be, but it must still name a term or month.
    /// </summary>
    public static YearContext? FromTitle(string line) => FromLine(PlanText.Collapse(line), 100);

    private static YearContext? FromLine(string line, int maxLength)
    {
        if (line.Length > maxLength || !HeadingWords.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var match = Years().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var first = int.Parse(match.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int? second = null;
        if (match.Groups["second"].Success)
        {
            var text = match.Groups["second"].Value;
            var value = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            second = text.Length == 2 ? (first / 100 * 100) + value : value;
        }

        return new YearContext(first, second);
    }

    [GeneratedRegex(@"\b(?<first>(19|20)\d{2})(\s*[-–/]\s*(?<second>((19|20)\d{2}|\d{2})))?\b")]
    private static partial Regex Years();
}
