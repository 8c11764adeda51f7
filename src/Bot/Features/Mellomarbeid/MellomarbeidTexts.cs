using System.Globalization;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>Bokmål replies of the mellomarbeid feature.</summary>
public static class MellomarbeidTexts
{
    public const string OnlyVeilederteam = "Bare veilederteamet kan skrive avtaler om mellomarbeid. Skriv «mellomarbeid» i veilederteamets kanal eller i chatten med meg.";
    public const string WrongChannel = "Skriv «mellomarbeid» i veilederteamets kanal eller i chatten med meg.";
    public const string NoSchools = "Ingen skoler er registrert ennå. En leder skriver «enhet skole <navn>» i skolens kanal.";
    public const string UnknownSchool = "Fant ikke den skolen. Velg en skole i listen.";
    public const string AllRoundsDone = "Skolen har allerede åtte veiledningsrunder med avtalt mellomarbeid.";
    public const string DeadlineInPast = "Fristen for tilbakemelding kan ikke være før i dag.";
    public const string NoAccess = "Du har ikke tilgang til dette mellomarbeidet.";
    public const string NotFound = "Fant ikke dette mellomarbeidet.";

    /// <summary>What leaders call the kinds of round on the status card and in the report.</summary>
    public const string KindName = "Mellomarbeid";
    public const string EvaluationKindName = "Evaluering av veiledning";
    public const string AlreadySent = "Tilbakemeldingen er allerede sendt til veilederteamet.";
    public const string DraftSaved = "Utkastet er lagret. Rektor og SKUT kan fortsette på det.";
    public const string OnlyRektorSends = "Utkastet er lagret. Bare rektor kan sende tilbakemeldingen.";
    public const string SentPrivately = "Svaret kom i chatten din med meg.";
    public const string Closed = "Fristen for tilbakemelding er ute for lenge siden. Ta kontakt med veilederteamet.";
    public const string Folder = "Mellomarbeid";
    public const string UnnamedSchool = "Skole uten navn";
    public const string EvaluationSent = "Takk! Evalueringen er sendt til veilederteamet.";
    public const string EvaluationClosed = "Evalueringen av denne veiledningen er lukket.";

    public static string AgreementSent(string school, int round, bool skutChannel) => string.Create(CultureInfo.InvariantCulture,
        $"Avtalen om mellomarbeid for {school}, veiledningsrunde {round}, er sendt til rektor{(skutChannel ? " og skolens SKUT-kanal" : "")}.");

    public static string AgreementExists(string school, int round) => string.Create(CultureInfo.InvariantCulture,
        $"Noen i veilederteamet sendte nettopp avtalen for {school}, veiledningsrunde {round}. Din avtale er ikke sendt; send på nytt for neste runde.");

    public static string FeedbackSent(string school, int round) => string.Create(CultureInfo.InvariantCulture,
        $"Tilbakemeldingen fra {school} for veiledningsrunde {round} er sendt til veilederteamet.");

    public static string FileName(int round) => string.Create(CultureInfo.InvariantCulture, $"Runde {round}");
}
