namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Section <c>Filing</c>. Graph is used when the bot has app credentials (<c>MicrosoftAppId</c> and
/// <c>MicrosoftAppPassword</c>); otherwise documents go to <see cref="ArchiveFolder"/>.
/// </summary>
public sealed class FilingOptions
{
    public const string SectionName = "Filing";
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph's root including the version; tests point it at a loopback fake.</summary>
    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>Local folder for documents when Graph is not configured. A relative path resolves against the working directory.</summary>
    public string ArchiveFolder { get; set; } = "filing-archive";
}
