namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>Bokmål texts of the installation feature.</summary>
public static class InstallationTexts
{
    public const string TeamWelcome =
        "Hei, alle sammen! Jeg er **SkoleUtvikling**. Jeg legger ut lesebestillinger og påminnelser før møtene i utviklingsplanen, " +
        "samler inn refleksjonsnotater og mellomarbeid, og holder oversikt over frister – uten e-post og Word-skjema.\n\n" +
        "Nevn meg og skriv **hjelp** for å se hva jeg kan.";

    public const string PersonalWelcome =
        "Hei! Jeg er **SkoleUtvikling**. Her i chatten får du påminnelser og kvitteringer som bare gjelder deg. Skriv **hjelp** for å se hva jeg kan.";
}
