namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>Bokmål texts for files sent to the bot.</summary>
public static class FileTexts
{
    public static string TooLarge(string name, long maxBytes) =>
        $"«{name}» er for stor. Jeg tar imot filer på opptil {maxBytes / (1024 * 1024)} MB.";

    public static string WrongType(string name, IEnumerable<string> allowed) =>
        $"«{name}» er ikke en filtype jeg kan lese. Send planen som {string.Join(", ", allowed.Select(a => "." + a))}.";

    public const string UntrustedLocation = "Filen ligger et sted jeg ikke henter fra. Last den opp direkte i chatten med meg.";

    public const string UploadFailed = "Jeg fikk ikke lagt filen i OneDrive-en din. Prøv igjen om litt.";

    public const string DownloadFailed = "Jeg fikk ikke hentet filen fra Teams. Prøv å sende den på nytt om litt.";
}
