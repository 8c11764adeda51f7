namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>Bokmål texts of <c>arkiv</c>.</summary>
public static class ArchiveTexts
{
    public const string NoGraph = "Graph er ikke satt opp; dokumentene lagres i det lokale arkivet.";

    public const string OnlyInTeams =
        "Skriv **arkiv** i en kanal i teamet hvis dokumenter skal arkiveres, for eksempel «@SkoleUtvikling arkiv». Da viser jeg teamets private kanaler.";

    public const string OnlyLeaders = "Bare ledere (teameiere eller de kommunen har oppført) kan velge hvor teamets dokumenter arkiveres.";

    public const string NoTeamGroup = "Jeg fant ikke teamets id i Microsoft 365, så jeg kan ikke lese kanalene. Prøv igjen om litt.";

    public const string NoPrivateChannels =
        "Teamet har ingen private kanaler jeg kan arkivere i. Opprett en privat kanal for ledere, og skriv **arkiv** igjen.";

    public const string GraphBusy = "Microsoft 365 svarer ikke akkurat nå. Prøv igjen om et par minutter.";

    public const string GraphRefused =
        "Microsoft 365 ga meg ikke lov til å lese teamets kanaler. En administrator må gi appen tilgangen Channel.ReadBasic.All og Files.ReadWrite.All.";

    public const string UnknownChoice = "Den kanalen finnes ikke lenger blant teamets private kanaler. Skriv **arkiv** for å se listen på nytt.";

    public static string NoSuchChannel(string typed) =>
        $"Teamet har ingen privat kanal som heter «{(typed.Length > 60 ? typed[..60] + "…" : typed)}». Velg en av disse:";

    public static string NotOnlyLeaders(string channelName, int others) =>
        $"Jeg arkiverer ikke i **{channelName}**: {others} av medlemmene der er ikke leder i dette teamet, og alle i kanalen kan lese filene. " +
        "Velg en privat kanal der bare teamets ledere er med, eller fjern de andre fra kanalen og skriv **arkiv** igjen. Ingenting er endret.";

    public static string MembersUnknown(string channelName) =>
        $"Jeg fikk ikke lest hvem som er med i **{channelName}**, så jeg vet ikke om bare ledere kan lese filene der. Prøv igjen om litt. Ingenting er endret.";

    public static string Chosen(string channelName, int released) =>
        $"Dokumentene fra dette teamet arkiveres nå i den private kanalen **{channelName}**, i mappen «Refleksjonsnotater»." +
        (released > 0 ? $" {released} dokument{(released == 1 ? "" : "er")} som ventet, arkiveres nå." : "");
}
