namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>Bokmål replies of the saker feature.</summary>
public static class SakerTexts
{
    public const string RoundNotFound = "Fant ikke innmeldingen av saker. Den kan være slettet fra planen.";
    public const string NotInRound = "Bare de som er med i teamet til kanalen, kan melde inn saker til dette møtet.";
    public const string NotOpenYet = "Innmeldingen av saker er ikke åpnet ennå.";
    public const string OnlyLeaders = "Bare møteleder (teamets eiere og kommunens koordinatorer) kan se alle sakene og sette opp sakslisten.";
    public const string NoRounds = "Det er ingen innmelding av saker til et møte du er med på nå.";
    public const string ItemGone = "Fant ikke den saken i denne innmeldingen.";
    public const string SentPrivately = "Svaret kom i chatten din med meg.";
    public const string SakslisteFile = "Saksliste";
    public const string Folder = "Saker";

    /// <summary>What leaders call a round of saker on the status card and in the report.</summary>
    public const string KindName = "Saker til møtet";

    public static string Closed(string deadline) => $"Fristen for å melde inn saker gikk ut {deadline}. Ta kontakt med møteleder.";

    public static string Received(string when) => $"Saken er mottatt {when}. Kvitteringen ligger i chatten din med meg.";

    public static string Unchanged(string when) => $"Saken er allerede mottatt slik den står ({when}).";
}
