namespace SkoleUtvikling.Cards.Help;

/// <summary>Bokmål texts of the help card. One place, so nynorsk can be added beside it.</summary>
public static class HelpTexts
{
    public const string Title = "SkoleUtvikling – hjelp";
    public const string Intro = "Jeg hjelper kommunen med skolebasert kompetanseutvikling i Teams-kanalene dere allerede bruker.";
    public const string WhatIDoHeading = "Dette gjør jeg";
    public const string CommandsHeading = "Kommandoer";
    public const string LeaderHeading = "For ledere";
    public const string LeaderNote = "Du er registrert som leder (teameier eller oppført av kommunen). Du ser derfor også disse linjene.";
    public const string HowToAsk = "Skriv kommandoen til meg i en 1:1-chat, eller nevn meg (@SkoleUtvikling) i en kanal.";

    public static readonly IReadOnlyList<string> WhatIDo =
    [
        "Legger ut lesebestillinger og påminnelser i riktig kanal før hvert møte i utviklingsplanen.",
        "Samler inn refleksjonsnotater og tilbakemeldinger på mellomarbeid med skjema i Teams.",
        "Arkiverer svarene i kommunens egen Microsoft 365.",
        "Minner rektor på fristen for mellomarbeid.",
        "Lar hver nettverksgruppe booke møtetid innenfor ±5 dager fra planens dato.",
    ];

    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("hjelp", "Viser denne oversikten."),
    ];

    public static readonly IReadOnlyList<(string Command, string Description)> LeaderCommands =
    [
        ("koble KULG", "Skrevet i en kanal: lesebestillinger og påminnelser for programmet (KULG, IBSM, LP …) kommer i denne kanalen."),
    ];

    public static readonly IReadOnlyList<string> LeaderLines =
    [
        "Du ser hvem som ikke har levert, og kan purre dem privat – ingen navn vises i kanalen.",
        "Du leser refleksjonsnotatene i runder du er leder for; lærerne ser bare sine egne.",
    ];
}
