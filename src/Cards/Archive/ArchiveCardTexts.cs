namespace SkoleUtvikling.Cards.Archive;

/// <summary>Bokmål texts of the archive choice card.</summary>
public static class ArchiveCardTexts
{
    public const string Title = "Velg arkiv for dokumentene";

    public const string Intro =
        "Refleksjonsnotater og samlede dokumenter fra dette teamet lagres som Word-filer i en privat kanal som bare ledere er med i, " +
        "i mappen «Refleksjonsnotater».";

    public const string ChannelLabel = "Privat kanal";
    public const string ChannelPlaceholder = "Velg en kanal";
    public const string ChannelRequired = "Velg kanalen dokumentene skal lagres i.";
    public const string Choose = "Bruk denne kanalen";

    public static string Current(string channelName) => $"Nå lagres dokumentene i «{channelName}».";
}
