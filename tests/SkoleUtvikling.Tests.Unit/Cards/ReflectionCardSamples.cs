using System.Globalization;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Sample data for the reflection cards in <see cref="CardCatalog"/>, including a round too large for one card.</summary>
public static class ReflectionCardSamples
{
    public const string RoundId = "rr-2026-kulg-0106";
    public const string AuthorId = "29:1a2b3c4d-ingrid-haugen";

    private const string LongAnswer =
        "Teksten viser at relasjonen mellom lærer og elev er grunnmuren i god klasseledelse. Forfatteren " +
        "skiller mellom å ha kontroll og å ha autoritet, og peker på at autoritet bygges gjennom forutsigbarhet, " +
        "varme og tydelige forventninger. For min praksis betyr det at jeg må bruke de første ukene i 8. trinn " +
        "på å bli kjent med hver elev, ha faste rutiner for oppstart av timene og følge opp avtaler konsekvent. " +
        "Jeg vil prøve ut korte elevsamtaler hver fredag og ta med erfaringene til gruppen i neste møte.";

    private static readonly string[] Names =
    [
        "Ingrid Haugen", "Ole Martin Berg", "Sofie Å. Nilsen", "Kari Østby", "Jonas Lie", "Fatima Ali",
        "Per-Arne Dahl", "Silje Ødegård", "Emil Sæther", "Hanne Bjørklund", "Mats Hovland", "Nora Fjeld",
    ];

    public static ReflectionFormModel Form() => new(
        RoundId,
        "Les kapittel 3 i «Klasseledelse» (s. 45–72)",
        "KULG – Klasseledelse og relasjoner, tirsdag 6. januar kl. 14.00",
        "mandag 5. januar kl. 23.59",
        ReflectionQuestions.Defaults,
        new Dictionary<string, string>(),
        []);

    public static ReflectionFormModel FormWithErrors() => Form() with
    {
        Answers = new Dictionary<string, string> { ["budskap"] = "Relasjoner", ["praksis"] = "" },
        Errors =
        [
            new("budskap", ReflectionErrorKind.TooShort, 10),
            new("praksis", ReflectionErrorKind.Empty, 10),
        ],
    };

    public static ReflectionReceiptModel Receipt(ReflectionReceiptState state) => new(
        RoundId,
        "Les kapittel 3 i «Klasseledelse» (s. 45–72)",
        "KULG – Klasseledelse og relasjoner, tirsdag 6. januar kl. 14.00",
        "søndag 4. januar kl. 21.17",
        "mandag 5. januar kl. 23.59",
        state,
        [
            new(ReflectionTexts.DefaultQuestionMessage, "Relasjonen mellom lærer og elev er grunnmuren i klasseledelse; autoritet bygges gjennom forutsigbarhet, varme og tydelige forventninger."),
            new(ReflectionTexts.DefaultQuestionPractice, "Jeg vil bruke de første ukene i 8. trinn på å bli kjent med hver elev og prøve korte elevsamtaler hver fredag."),
        ],
        AuthorId);

    public static ReflectionCountModel Count() => new(
        RoundId,
        "Les kapittel 3 i «Klasseledelse» (s. 45–72)",
        "KULG – Klasseledelse og relasjoner, tirsdag 6. januar kl. 14.00",
        "mandag 5. januar kl. 23.59",
        12,
        30);

    public static ReflectionRoundModel Round(int notes) => new(
        RoundId,
        "Les kapittel 3 i «Klasseledelse» (s. 45–72)",
        "KULG – Klasseledelse og relasjoner, tirsdag 6. januar kl. 14.00",
        Math.Max(notes, 30),
        [.. Enumerable.Range(0, notes).Select(Note)]);

    private static ReflectionRoundNote Note(int i) => new(
        string.Create(CultureInfo.InvariantCulture, $"note-{i:000}"),
        Names[i % Names.Length] + (i < Names.Length ? "" : string.Create(CultureInfo.InvariantCulture, $" ({i / Names.Length + 1})")),
        string.Create(CultureInfo.InvariantCulture, $"søndag 4. januar kl. {8 + (i % 14):00}.{i % 60:00}"),
        Late: i % 9 == 8,
        i % 3 == 0
            ? [new(ReflectionTexts.DefaultQuestionMessage, LongAnswer), new(ReflectionTexts.DefaultQuestionPractice, LongAnswer)]
            : [new(ReflectionTexts.DefaultQuestionMessage, "Autoritet bygges gjennom relasjon og forutsigbarhet."), new(ReflectionTexts.DefaultQuestionPractice, "Faste rutiner i starten av timen.")],
        PickedForPlenum: i % 5 == 0);
}
