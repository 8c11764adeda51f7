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
            new(ReflectionCardTexts.DefaultQuestionMessage, "Relasjonen mellom lærer og elev er grunnmuren i klasseledelse; autoritet bygges gjennom forutsigbarhet, varme og tydelige forventninger."),
            new(ReflectionCardTexts.DefaultQuestionPractice, "Jeg vil bruke de første ukene i 8. trinn på å bli kjent med hver elev og prøve korte elevsamtaler hver fredag."),
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
        [.. Enumerable.Range(0, notes).Select(Note)],
        notes < 30 ? ["Ola Hansen", "Per Johansen"] : []);

    private static ReflectionRoundNote Note(int i) => new(
        string.Create(CultureInfo.InvariantCulture, $"note-{i:000}"),
        Names[i % Names.Length] + (i < Names.Length ? "" : string.Create(CultureInfo.InvariantCulture, $" ({i / Names.Length + 1})")),
        string.Create(CultureInfo.InvariantCulture, $"søndag 4. januar kl. {8 + (i % 14):00}.{i % 60:00}"),
        Late: i % 9 == 8,
        i % 3 == 0
            ? [new(ReflectionCardTexts.DefaultQuestionMessage, LongAnswer), new(ReflectionCardTexts.DefaultQuestionPractice, LongAnswer)]
            : [new(ReflectionCardTexts.DefaultQuestionMessage, "Autoritet bygges gjennom relasjon og forutsigbarhet."), new(ReflectionCardTexts.DefaultQuestionPractice, "Faste rutiner i starten av timen.")],
        PickedForPlenum: i % 5 == 0);

    public static IReadOnlyList<ReflectionOwnNote> OwnNotes() =>
    [
        new("Klasseledelse og relasjoner", "KULG · tirsdag 06.01.2026 kl. 14.00–15.30", "Levert", "mandag 05.01.2026 kl. 20.14",
            [new("Hvilket budskap har denne teksten?", "At trygghet kommer før læring, og at relasjonen må bygges hver dag."),
             new("Hvilken betydning har den for din praksis?", "Jeg vil hilse på hver elev i døra og bruke navnet deres.")]),
        new("Vurdering for læring", "IBSM · torsdag 12.02.2026 kl. 13.00–15.00", "Levert etter fristen", "fredag 13.02.2026 kl. 08.02",
            [new("Hvilket budskap har denne teksten?", "Tilbakemeldinger virker når eleven vet hva neste steg er.")]),
    ];

    public static IReadOnlyList<ReflectionRoundLine> RoundLines() =>
    [
        new("r-1", "Klasseledelse og relasjoner", "KULG · tirsdag 06.01.2026 kl. 14.00–15.30", "tirsdag 06.01.2026 kl. 14.00", 12, 30),
        new("r-2", "Vurdering for læring", "IBSM · torsdag 12.02.2026 kl. 13.00–15.00", "torsdag 12.02.2026 kl. 13.00", 0, 8),
    ];
}
