using System.Globalization;

namespace SkoleUtvikling.Cards.Mellomarbeid;

/// <summary>Bokmål texts of the mellomarbeid cards (seed 001 §5.2 «Skjema for avtalt mellomarbeid», §3.4).</summary>
public static class MellomarbeidCardTexts
{
    public const string AgreementHeading = "Avtalt mellomarbeid";
    public const string AgreementIntro = "Avtalen går til rektor i chat, til skolens SKUT-kanal og lagres som veiledningsrunden i skolens historikk.";
    public const string SchoolLabel = "Skole";
    public const string DeadlineLabel = "Skolen gir tilbakemelding innen";
    public const string NextDateLabel = "Neste veiledning (dato)";
    public const string NextTimeLabel = "Neste veiledning (klokkeslett)";
    public const string PointsLabel = "Dette er avtalt (punkt for punkt)";
    public const string ReadingLabel = "Lesebestilling/teori";
    public const string ThemeLabel = "Veiledningstema neste gang";
    public const string SendAgreement = "Send avtalen";
    public const string GiveFeedback = "Gi tilbakemelding";
    public const string FeedbackHeading = "Tilbakemelding på mellomarbeidet";
    public const string FeedbackIntro = "Rektor og SKUT kan lagre utkast; rektor sender tilbakemeldingen til veilederteamet.";
    public const string HowWorked = "Beskriv hvordan dere har arbeidet.";
    public const string FocusLabel = "Skolens ønskede fokus for neste veiledning";
    public const string SendFeedback = "Send tilbakemeldingen";
    public const string FeedbackSentHeading = "Tilbakemelding på mellomarbeid";
    public const string ReminderHeading = "Påminnelse: tilbakemelding på mellomarbeid";

    /// <summary>The first line of a chase (automatic after the deadline, or «Purr»): the feedback form follows in the same card.</summary>
    public const string ChaseIntro = "En vennlig påminnelse: veilederteamet venter på skolens tilbakemelding på mellomarbeidet. Skriv den her og trykk «Send tilbakemeldingen».";
    public const string EscalationHeading = "Frist for tilbakemelding er passert";
    public const string StatusHeading = "Mellomarbeid – alle skoler";
    public const string NoAgreements = "Ingen avtaler om mellomarbeid ennå.";
    public const string Delivered = "levert";
    public const string NotDelivered = "ikke levert";
    public const string AgreedLabel = "Avtalt";
    public const string FromLabel = "Skrevet av";
    public const string SentByLabel = "Sendt av";
    public const string Shortened = "Lange svar er forkortet her; hele teksten står i Word-dokumentet i veilederteamets arkiv.";

    public const string EvaluationHeading = "Evaluering av dagens veiledning";
    public const string EvaluationIntro = "Noen korte svar fra skolens ledelse. Svarene går til veilederteamet.";

    /// <summary>The first line of «Purr» on an evaluation: the evaluation form follows in the same card.</summary>
    public const string EvaluationChaseIntro = "En vennlig påminnelse: veilederteamet vil gjerne høre hvordan veiledningen var. Svar her og trykk «Send evalueringen».";

    public static string EvaluationMissing(int missing) => missing == 1 ? "1 av skolens ledere har ikke svart på evalueringen." : $"{missing} av skolens ledere har ikke svart på evalueringen.";
    public const string SendEvaluation = "Send evalueringen";
    public const string EvaluationAnswersHeading = "Evaluering fra skolens ledelse";
    public const string AnsweredByLabel = "Svar fra";

    /// <summary>Seed 001 §3.4, del 4: the evaluation of the day's veiledning (example questions).</summary>
    public static readonly IReadOnlyList<string> EvaluationQuestions =
    [
        "Hva ble tydeligere i dag?",
        "Hva tar dere med videre fra dagens veiledning?",
        "Hvilke av temaene som ble diskutert var av særlig interesse, og hvorfor?",
        "Helhetsinntrykk av dagens veiledning?",
    ];

    public static string RoundLabel(int round) => string.Create(CultureInfo.InvariantCulture, $"Veiledningsrunde {round}");

    public static string Title(string school, int round) => $"{school} – {RoundLabel(round).ToLowerInvariant()}";

    public static string Point(int number, string text) => string.Create(CultureInfo.InvariantCulture, $"{number}. {text}");

    public static string Participants(int number) => string.Create(CultureInfo.InvariantCulture, $"Hvem deltok i arbeidet med punkt {number}?");

    public static string NextVeiledning(string date, string time) => $"{date} kl. {time}";

    public static string DaysLate(int days) => days == 1 ? "1 dag over fristen" : string.Create(CultureInfo.InvariantCulture, $"{days} dager over fristen");

    public static string Escalation(string school, int round, string deadline, int daysLate) =>
        string.Create(CultureInfo.InvariantCulture, $"{school} har ikke sendt tilbakemelding på mellomarbeidet etter veiledningsrunde {round}. Fristen var {deadline} ({DaysLate(daysLate)}).");

    public static string StatusLine(int round, string agreed, string deadline, string state) =>
        string.Create(CultureInfo.InvariantCulture, $"Runde {round} · avtalt {agreed} · frist {deadline} · {state}");
}
