using System.Globalization;
using SkoleUtvikling.Cards.Plan;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Sample data for the plan cards in <see cref="CardCatalog"/>, on the large side so the size check means something.</summary>
public static class PlanCardSamples
{
    private static readonly PlanEventLine[] Next =
    [
        new("tirsdag 6. januar kl. 14.00–15.30", "KULG", "Klasseledelse og relasjoner", "Auditoriet", "Les kapittel 3 i «Klasseledelse» og noter to spørsmål."),
        new("onsdag 7. januar kl. 13.00–14.00", "Kjernenettverk IBSM", "Utforskende matematikk", null, null),
        new("torsdag 15. januar kl. 14.00–16.00", "KULG", "Vurdering for læring", "Rom 204", "Se filmen om elevsamtaler (20 min)."),
        new("tirsdag 20. januar kl. 14.00–15.30", "Nettverk ledere", "Oppfølging av mellomarbeid", "Kommunestyresalen", null),
        new("onsdag 28. januar kl. 12.30–14.00", "Kjernenettverk IBSM", "Modellering i 5.–7. trinn", "Rom 101", "Prøv oppgaven «Skolegården» med en klasse."),
        new("torsdag 5. februar kl. 14.00–15.30", "KULG", "Dette vises ikke: bare fem linjer", null, null),
    ];

    public static PlanPreviewModel FirstImport() => new(
        "Utviklingsplan 2026-2027 Solbakken.xlsx",
        "imp-0001",
        42,
        [("KULG", 18), ("Kjernenettverk IBSM", 16), ("Nettverk ledere", 8)],
        Next,
        [.. Enumerable.Range(2, 20).Select(row => string.Create(CultureInfo.InvariantCulture,
            $"Rad {row}: datoen «31.02.2027» finnes ikke; raden er hoppet over. Rett datoen i regnearket og importer på nytt."))],
        Changes: null);

    /// <summary>A first import with this many warnings, ordered as the importer orders them: date errors, unknown programmes, duplicates, history.</summary>
    public static PlanPreviewModel WithWarnings(int count) => FirstImport() with
    {
        ImportId = "imp-0003",
        Warnings = [.. Enumerable.Range(0, count).Select(Warning)],
    };

    private static string Warning(int i) => (i % 4) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"Rad {i + 3}: uke {(i % 50) + 1} stemmer ikke med 5. oktober 2026, som er i uke 41"),
        1 => string.Create(CultureInfo.InvariantCulture, $"Rad {i + 3}: 17. oktober 2026 er en lørdag"),
        2 => string.Create(CultureInfo.InvariantCulture, $"Rad {i + 3}: leste ikke «05.10 – 27.11.26» som klokkeslett; raden er tatt med som en periode"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Rad {i + 3}: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Digitalt skoleeiernettverk {i}»; den er lagt under Annet"),
    };

    public static PlanPreviewModel Reimport() => FirstImport() with
    {
        ImportId = "imp-0002",
        Warnings = [],
        Changes = new PlanChanges(3, 2, 1, 36,
        [
            "Ny: KULG 12. mars – Lesing i alle fag",
            "Endret: Kjernenettverk IBSM 28. januar flyttet til rom 101",
            "Fjernet: Nettverk ledere 20. januar",
            "Endret: KULG 15. januar ny lesebestilling",
            "Ny: KULG 19. mars – Skriving i alle fag",
            "Vises ikke: bare fem eksempler",
        ]),
    };

    public static MeetingPostModel MeetingPost(MeetingPostKind kind) => new(
        kind,
        "KULG",
        "Klasseledelse og relasjoner",
        "tirsdag 6. januar kl. 14.00–15.30",
        "Auditoriet, Solbakken skole",
        "Hvordan bygger vi gode relasjoner i overgangen fra 7. til 8. trinn?",
        ["Solbakken skole", "Nordbyen skole", "Åsen ungdomsskole"],
        "Les kapittel 3 i «Klasseledelse» (s. 45–72) og noter to spørsmål du vil ta opp i gruppen.",
        [
            ("Kapittel 3 (PDF)", new Uri("https://kommune.example/kulg/kapittel-3.pdf")),
            ("Planen på Teams", new Uri("https://kommune.example/kulg/plan")),
        ],
        kind == MeetingPostKind.Lesebestilling ? "Gruppene booker selv tid mellom 1. og 11. januar" : null,
        kind == MeetingPostKind.CallForSaker ? "fredag 2. januar kl. 12.00" : null);
}
