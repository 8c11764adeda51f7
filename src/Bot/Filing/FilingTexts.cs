namespace SkoleUtvikling.Bot.Filing;

/// <summary>Bokmål texts the filing queue sends to people.</summary>
public static class FilingTexts
{
    public static string FiledInGraph(string fileName, string? webUrl) => webUrl is null
        ? $"«{fileName}» er arkivert i ledernes kanal."
        : $"«{fileName}» er arkivert i ledernes kanal. [Åpne dokumentet]({webUrl})";

    public static string FiledLocally(string relativePath) =>
        $"«{Path.GetFileName(relativePath)}» er lagret i det lokale arkivet: `{relativePath}`";

    public static string Failed(string what, int? statusCode) => statusCode switch
    {
        401 or 403 => $"{what} kunne ikke arkiveres: boten har ikke tilgang til arkivkanalens filer. En administrator må gi appen tilgang i Microsoft 365; dokumentet arkiveres ikke før noen ber om det på nytt.",
        404 => $"{what} kunne ikke arkiveres: arkivkanalen finnes ikke lenger. En leder kan velge en ny kanal med «arkiv».",
        _ => $"{what} kunne ikke arkiveres ({(statusCode is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "ukjent feil")}). Si fra til den som drifter SkoleUtvikling.",
    };

    public const string UnknownDocument = "Dokumentet";

    public const string WaitingForArchive =
        "Dokumenter fra dette teamet venter på å bli arkivert: ingen arkivkanal er valgt ennå. " +
        "En leder skriver «@SkoleUtvikling arkiv» i en kanal i teamet og velger en privat kanal for ledere. Da arkiveres alt som venter.";
}
