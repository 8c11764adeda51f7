namespace SkoleUtvikling.Bot.Features.Units;

/// <summary>Bokmål texts of <c>enhet</c> and <c>enheter</c>.</summary>
public static class UnitTexts
{
    public const string Usage =
        "Skriv i kanalen hva den er: **enhet skole Nordby skole**, **enhet veilederteam** eller **enhet nettverksgruppe Gruppe 3**. " +
        "Et program kobles med **koble KULG**. **enhet fjern** tar bort registreringen, **enheter** viser alle.";

    public const string OnlyInChannels = "Skriv **enhet** i kanalen du vil registrere, for eksempel «@SkoleUtvikling enhet skole Nordby skole».";

    public const string OnlyLeaders = "Bare teamets eiere og planens koordinatorer kan registrere hva en kanal er. Ingenting er endret.";

    public static string MissingName(string kind) => $"Hvilket navn? Skriv for eksempel **enhet {kind} {(kind == "skole" ? "Nordby skole" : "Gruppe 3")}**.";

    public const string NameTooLong = "Navnet kan ha høyst 80 tegn. Ingenting er endret.";

    public const string ProgrammeUsesKoble = "Et program kobles til kanalen med **koble** og programmets navn, for eksempel **koble KULG**.";

    public static string Registered(string kind, string name) => $"Denne kanalen er nå registrert som {KindName(kind)} **{name}**.";

    public static string Moved(string kind, string name) => $"{Capital(KindName(kind))} **{name}** var registrert i en annen kanal og er flyttet hit.";

    public const string Removed = "Registreringen av denne kanalen er fjernet.";

    public const string NothingToRemove = "Denne kanalen er ikke registrert som noen enhet.";

    public const string NoUnits = "Ingen kanaler er registrert ennå. " + Usage;

    public const string ListHeading = "**Registrerte enheter**";

    public static string Line(string kind, string name) => $"- {Capital(KindName(kind))}: {name}";

    public static string ProgrammeLine(string programme) => $"- Program: {programme}";

    public static string KindName(string kind) => kind switch
    {
        "skole" => "skolen",
        "veilederteam" => "veilederteamet",
        "nettverksgruppe" => "nettverksgruppen",
        _ => kind,
    };

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
