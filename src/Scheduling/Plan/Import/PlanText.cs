using System.Text.RegularExpressions;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Small text helpers shared by the cell parsers.</summary>
internal static partial class PlanText
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 1, ["ei"] = 1, ["én"] = 1, ["ett"] = 1,
        ["to"] = 2, ["tre"] = 3, ["fire"] = 4, ["fem"] = 5, ["seks"] = 6,
    };

    /// <summary>Collapses runs of whitespace (including non-breaking spaces) to one space and trims.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>"3", "ei", "tre" as a number; null if it is neither.</summary>
    public static int? Number(string word) =>
        int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : NumberWords.TryGetValue(word, out var w) ? w : null;

    /// <summary>"... innenfor et tidsrom på 5 dager før eller etter 1. oktober": the 5.</summary>
    public static int? WindowDays(string text) =>
        Window().Match(text) is { Success: true } match ? Number(match.Groups["days"].Value) : null;

    /// <summary>A title without the trailing full stop or colon the plan puts after it.</summary>
    public static string Title(string line) => line.Trim().TrimEnd('.', ':').Trim();

    /// <summary>Links written as text: web addresses and e-mail addresses (as mailto:).</summary>
    public static IEnumerable<Uri> LinksInText(string text)
    {
        foreach (Match match in WebAddress().Matches(text))
        {
            if (Uri.TryCreate(match.Value.TrimEnd('.', ',', ')', ';', ':'), UriKind.Absolute, out var uri))
            {
                yield return uri;
            }
        }

        foreach (Match match in EmailAddress().Matches(text))
        {
            if (Uri.TryCreate("mailto:" + match.Value.TrimEnd('.'), UriKind.Absolute, out var uri))
            {
                yield return uri;
            }
        }
    }

    [GeneratedRegex(@"tidsrom på (?<days>\d+|\w+) dager før eller etter", RegexOptions.IgnoreCase)]
    private static partial Regex Window();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"https?://[^\s«»""<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"(?<![\w.:/])[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex EmailAddress();
}
