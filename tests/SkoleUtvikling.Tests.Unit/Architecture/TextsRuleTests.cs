using System.Text.RegularExpressions;

namespace SkoleUtvikling.Tests.Unit.Architecture;

/// <summary>
/// One texts rule: a feature's bokmål lives in <c>src/Bot/Features/X/XTexts.cs</c> and its cards' in
/// <c>src/Cards/X/XCardTexts.cs</c>, so a translator or reviewer finds every sentence of a feature in two
/// files. Read from the compiled assemblies (the class names) and from the sources (no bokmål literal
/// elsewhere in a feature or card folder).
/// </summary>
public partial class TextsRuleTests
{
    private const string FeatureNamespace = "SkoleUtvikling.Bot.Features.";
    private const string CardsNamespace = "SkoleUtvikling.Cards.";

    [Fact]
    public void A_feature_keeps_its_texts_in_one_class_named_after_it()
    {
        var offences = TextsClasses(ProductAssemblies.Bot, FeatureNamespace)
            .GroupBy(t => Folder(t, FeatureNamespace))
            .SelectMany(g => Offences(g, g.Key + "Texts", FeatureNamespace))
            .ToList();

        Assert.True(offences.Count == 0, "Texts outside Features/X/XTexts.cs:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void A_card_folder_keeps_its_texts_in_one_class_named_after_it()
    {
        var offences = TextsClasses(ProductAssemblies.Cards, CardsNamespace)
            .GroupBy(t => Folder(t, CardsNamespace))
            .SelectMany(g => Offences(g, g.Key + "CardTexts", CardsNamespace))
            .ToList();

        Assert.True(offences.Count == 0, "Texts outside Cards/X/XCardTexts.cs:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void No_bokmal_sentence_is_written_outside_the_texts_files()
    {
        var root = RepositoryRoot();
        var scanned = SourceFiles(root).ToList();
        var offences = scanned
            .Where(f => !Path.GetFileName(f).EndsWith("Texts.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => IsBokmalLiteral(l.Text))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        // The scan must see the texts it guards: a texts file has bokmål literals, found by the same check.
        var planTexts = scanned.Single(f => f.EndsWith(Path.Combine("Features", "Plan", "PlanTexts.cs"), StringComparison.Ordinal));
        Assert.Contains(File.ReadLines(planTexts), IsBokmalLiteral);
        Assert.True(offences.Count == 0, "Bokmål outside a texts file (move it to XTexts.cs or XCardTexts.cs):\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("    var x = \"Lagret på nytt\";", true)]
    [InlineData("    public const string A = \"Møte\";", true)]
    [InlineData("    var verb = \"notat\";", false)]
    [InlineData("    [GeneratedRegex(@\"^(spørsmål|sporsmal)\\b\")]", false)]
    [InlineData("    // «Lagre» is the button's name", false)]
    [InlineData("    .Trim('«', '»')", false)]
    public void The_bokmal_check_tells_sentences_from_parsing_and_comments(string line, bool expected) =>
        Assert.Equal(expected, IsBokmalLiteral(line));

    private static IEnumerable<Type> TextsClasses(System.Reflection.Assembly assembly, string prefix) =>
        assembly.GetTypes().Where(t =>
            !t.IsNested && t.Name.EndsWith("Texts", StringComparison.Ordinal) &&
            t.Namespace is { } ns && ns.StartsWith(prefix, StringComparison.Ordinal));

    private static IEnumerable<string> Offences(IEnumerable<Type> classes, string expected, string prefix)
    {
        var list = classes.ToList();
        var folder = prefix + Folder(list[0], prefix);
        foreach (var type in list.Where(t => !Accepts(t.Name, expected) || t.Namespace != folder))
        {
            yield return $"{type.FullName}: expected {folder}.{expected}";
        }
    }

    // A plural folder may name its texts in the singular (Forms → FormCardTexts, ProgrammeLinks → ProgrammeLinkTexts).
    private static bool Accepts(string name, string expected) =>
        name == expected || name == SingularFolder(expected);

    private static string SingularFolder(string expected)
    {
        var suffix = expected.EndsWith("CardTexts", StringComparison.Ordinal) ? "CardTexts" : "Texts";
        var folder = expected[..^suffix.Length];
        return (folder.EndsWith('s') ? folder[..^1] : folder) + suffix;
    }

    private static string Folder(Type type, string prefix) => type.Namespace![prefix.Length..].Split('.')[0];

    private static bool IsBokmalLiteral(string line)
    {
        var code = line.TrimStart();
        if (code.StartsWith("//", StringComparison.Ordinal) || code.Contains("GeneratedRegex(", StringComparison.Ordinal))
        {
            return false;
        }

        return StringLiteral().Matches(line).Any(m => Bokmal().IsMatch(m.Value));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { Path.Combine(root, "src", "Bot", "Features"), Path.Combine(root, "src", "Cards") }
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkoleUtvikling.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SkoleUtvikling.sln not found above {AppContext.BaseDirectory}: the texts rule reads the sources.");
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[æøåÆØÅ]")]
    private static partial Regex Bokmal();
}
