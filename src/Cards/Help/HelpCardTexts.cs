namespace SkoleUtvikling.Cards.Help;

/// <summary>Bokmål texts of the help card. One place, so nynorsk can be added beside it.</summary>
public static class HelpCardTexts
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
        "Leser utviklingsplanen dere har (Word, Excel eller iCalendar) og viser den før noe publiseres.",
        "Legger ut lesebestillinger i riktig kanal før hvert møte, og minner på dagen før.",
        "Ber om saker til prosjektmøter («Meld inn sak») innen fristen og legger ut sakslisten ei uke før møtet.",
        "Tar imot refleksjonsnotater til lesebestillingene. Bare du og lederne for samlingen ser notatet ditt.",
        "Tar hensyn til helger, helligdager og skoleferier, i norsk tid.",
        "Lar hver nettverksgruppe booke sitt eget tidspunkt når planen gir et tidsrom («5 dager før eller etter 1. oktober»): «Book tidspunkt», «Flytt» og «Avlys» på kunngjøringen i gruppens kanal, og påminnelse dagen før gruppens eget møte.",
    ];

    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("hjelp", "Viser denne oversikten."),
        ("plan", "Skrevet i en kanal: de neste møtene som hører til kanalen."),
        ("notat", "Skjemaet for refleksjonsnotatet du skal skrive nå, i chatten med meg."),
        ("mine notater", "Dine egne refleksjonsnotater, i chatten med meg."),
        ("saker", "Titlene på sakene som er meldt inn til neste prosjektmøte."),
        ("mellomarbeid", "For veilederteamet: skriv avtalen om mellomarbeid etter en veiledning. «mellomarbeid status» viser alle skolene."),
        ("bookinger", "Hver nettverksgruppes tidspunkt for møtene der gruppene booker selv."),
    ];

    public static readonly IReadOnlyList<(string Command, string Description)> LeaderCommands =
    [
        ("(send planen)", "Send utviklingsplanen som fil i chatten med meg. Du får en forhåndsvisning og trykker «Publiser»."),
        ("koble KULG", "Skrevet i en kanal: lesebestillinger og påminnelser for programmet (KULG, IBSM, LP …) kommer i denne kanalen."),
        ("enhet skole Nordby skole", "Skrevet i en kanal: registrer hva kanalen er – en skole, veilederteamet («enhet veilederteam») eller en nettverksgruppe («enhet nettverksgruppe Gruppe 3»). «enhet fjern» tar det bort."),
        ("enheter", "Alle registrerte skoler, veilederteam, nettverksgrupper og koblede program."),
        ("plan alle", "De neste møtene i hele planen."),
        ("mal", "I 1:1-chat: Excel-malen for planen, fylt med planen som gjelder nå."),
        ("arkiv", "Skrevet i en kanal: velg den private lederkanalen der teamets refleksjonsnotater lagres."),
        ("spørsmål", "Skrevet i en kanal: spørsmålene til refleksjonsnotatene der, f.eks. «spørsmål Hva er budskapet? Hva betyr det for deg?»."),
        ("fritak @navn sykemeldt", "Fritar en person fra runden du leder, med grunn: sykemeldt, permisjon eller annet (samme igjen tar det tilbake)."),
        ("saker (møteleder)", "Alle innmeldte saker, i chatten med meg. Sett rekkefølgen og ta ut saker før sakslisten sendes."),
        ("notater", "Rundene du leder: les alle notatene, velg noen til plenum og få hele runden som Word-dokument."),
        ("status", "Hvem har levert i rundene du leder. I 1:1-chat med navn og «Purr» til dem som mangler; i kanalen bare tall."),
        ("rapport", "I 1:1-chat: status for runden som Excel-fil, én rad per person."),
    ];

    public static readonly IReadOnlyList<string> LeaderLines =
    [
        "Får du beskjed fra meg om et innlegg som ikke kunne sendes, står det hva du kan gjøre.",
    ];
}
