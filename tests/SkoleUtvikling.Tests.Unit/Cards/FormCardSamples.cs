using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>
/// Sample forms for <see cref="CardCatalog"/> and the form tests: one with every field kind, and the
/// shapes the coming features need (a sak, a mellomarbeid agreement, a booking).
/// </summary>
public static class FormCardSamples
{
    public const string RoundId = "round-2026-skut-0312";

    public static readonly FormCardVerbs Verbs = FormCardVerbs.ForPrefix("sample.form");

    public static IReadOnlyList<FormCardChoice> Rooms { get; } =
    [
        new("motesal", "Møtesalen"),
        new("bibliotek", "Biblioteket"),
        new("rom-204", "Rom 204"),
    ];

    public static FormCardModel AllKinds() => new("Skjema med alle felttyper",
        [
            FormCardField.ShortText("tittel", "Tittel", maxLength: 120, minLength: 3) with { Help = "Et kort navn på saken." },
            FormCardField.LongText("beskrivelse", "Kort beskrivelse", maxLength: 1000, minLength: 10) with { Placeholder = "Hva handler saken om?" },
            FormCardField.Date("frist", "Frist for tilbakemelding", new DateOnly(2026, 9, 26), new DateOnly(2026, 10, 6)),
            FormCardField.Time("start", "Starttid", new TimeOnly(8, 0), new TimeOnly(15, 0)),
            FormCardField.Choice("rom", "Rom", Rooms) with { Required = false },
            FormCardField.Choice("trinn", "Trinn", [new("8", "8. trinn"), new("9", "9. trinn"), new("10", "10. trinn")], multiSelect: true),
            FormCardField.Number("minutter", "Tid du trenger (minutter)", 5, 90),
            FormCardField.Points("punkter", "Avtalte punkter", maxPoints: 8, maxLength: 300),
        ],
        Verbs)
    {
        Title = "Fellesmøte SKUT, torsdag 12. mars",
        Facts = [new("Frist", "torsdag 19. februar kl. 23.59")],
        Intro = "Alle i kanalen ser titlene. Møtelederen ser alt.",
        Data = new Dictionary<string, string> { ["roundId"] = RoundId },
        Version = "v3",
    };

    public static FormCardModel AllKindsWithErrors() => AllKinds() with
    {
        Values = new Dictionary<string, string>
        {
            ["tittel"] = "Ny",
            ["beskrivelse"] = "",
            ["frist"] = "2026-10-09",
            ["start"] = "16:30",
            ["rom"] = "kjeller",
            ["trinn"] = "8,10",
            ["minutter"] = "120",
            ["punkter"] = "Lese kapittel 3 i fellesskap\nPrøve ut elevsamtaler",
        },
        Errors =
        [
            new("tittel", FormCardErrorKind.TooShort, "3"),
            new("beskrivelse", FormCardErrorKind.Missing),
            new("frist", FormCardErrorKind.DateTooLate, "06.10.2026"),
            new("start", FormCardErrorKind.TimeTooLate, "15.00"),
            new("rom", FormCardErrorKind.NotAChoice),
            new("minutter", FormCardErrorKind.NumberTooLarge, "90"),
            new("punkter", FormCardErrorKind.TooLong, "300", 2),
        ],
        Notice = new FormCardNotice("Noen andre lagret skjemaet etter at du åpnet det. Teksten din er tatt vare på her.", FormCardTone.Attention),
    };

    /// <summary>«Meld inn sak» (issue: saker and saksliste).</summary>
    public static FormCardModel Sak() => new("Meld inn sak",
        [
            FormCardField.ShortText("tittel", "Tittel", maxLength: 120),
            FormCardField.LongText("beskrivelse", "Kort beskrivelse", maxLength: 1000),
            FormCardField.ShortText("presenterer", "Hvem legger fram saken?", maxLength: 120),
            FormCardField.Number("minutter", "Tid som trengs (minutter)", 5, 120),
        ],
        FormCardVerbs.ForPrefix("saker.sak") with { MorePoints = null })
    {
        Title = "Fellesmøte SKUT, torsdag 12. mars kl. 14.00",
        Facts = [new("Frist", "torsdag 19. februar kl. 23.59")],
        SubmitTitle = "Meld inn sak",
        Data = new Dictionary<string, string> { ["roundId"] = RoundId },
    };

    /// <summary>The mellomarbeid agreement after a veiledning (seed 001, §5.2).</summary>
    public static FormCardModel Agreement() => new("Avtalt mellomarbeid",
        [
            FormCardField.Date("frist", "Skolen gir tilbakemelding innen"),
            FormCardField.Date("neste-dato", "Neste veiledning, dato"),
            FormCardField.Time("neste-tid", "Neste veiledning, klokkeslett"),
            FormCardField.Points("punkter", "Dette er avtalt", maxPoints: 10, maxLength: 500),
            FormCardField.LongText("lesing", "Lesebestilling / teori", maxLength: 2000) with { Required = false },
            FormCardField.ShortText("tema", "Veiledningstema neste gang", maxLength: 200),
        ],
        FormCardVerbs.ForPrefix("mellomarbeid.avtale"))
    {
        Title = "Veiledningsrunde 3 · Nordby skole",
        Values = new Dictionary<string, string> { ["punkter"] = "Lese kapittel 3 i fellesskap\nPrøve ut elevsamtaler\nDele erfaringer i SKUT" },
        PointSlots = new Dictionary<string, int> { ["punkter"] = 6 },
        Data = new Dictionary<string, string> { ["schoolId"] = "nordby" },
        Version = "7f3a",
    };

    /// <summary>A nettverksgruppe books its meeting within the window (issue: booking).</summary>
    public static FormCardModel Booking() => new("Book tidspunkt",
        [
            FormCardField.Date("dato", "Dato", new DateOnly(2026, 9, 26), new DateOnly(2026, 10, 6)) with { Help = "Hverdager fra 26. september til 6. oktober." },
            FormCardField.Time("start", "Starttid", new TimeOnly(8, 0), new TimeOnly(15, 0)),
            FormCardField.Choice("rom", "Rom", Rooms) with { Required = false },
        ],
        new FormCardVerbs("booking.book") { Cancel = "booking.cancel" })
    {
        Title = "Nettverksmøte LP, 3 timer",
        Surface = FormCardSurface.Dialog,
        Errors = [FormCardError.Custom("dato", "3. oktober er en lørdag. Velg en hverdag.")],
        Values = new Dictionary<string, string> { ["dato"] = "2026-10-03", ["start"] = "12:00" },
    };

    /// <summary>A points field with every point filled: no «Flere punkter».</summary>
    public static FormCardModel FullPoints() => Agreement() with
    {
        Values = new Dictionary<string, string> { ["punkter"] = string.Join('\n', Enumerable.Range(1, 10).Select(n => $"Punkt nummer {n} i avtalen")) },
    };
}
