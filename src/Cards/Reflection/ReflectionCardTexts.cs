using System.Globalization;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>Bokmål texts of the reflection cards.</summary>
public static class ReflectionCardTexts
{
    public const string DefaultQuestionMessage = "Hvilket budskap har denne teksten?";
    public const string DefaultQuestionPractice = "Hvilken betydning har den for din praksis?";

    public const string FormHeading = "Refleksjonsnotat";
    public const string MeetingLabel = "Møte";
    public const string DeadlineLabel = "Frist";
    public const string FormIntro = "Svar med egne ord. Bare du og ledere for samlingen ser notatet.";
    public const string Placeholder = "Skriv svaret ditt her";
    public const string Submit = FormCardTexts.Submit;
    public const string FixErrors = FormCardTexts.FixErrors;

    public static string InputErrorMessage(ReflectionQuestion q) => string.Create(CultureInfo.InvariantCulture, $"Svar på spørsmålet med minst {q.MinLength} tegn.");

    public static string Error(ReflectionFieldError error) => FormCardTexts.Error(ReflectionForm.ToForm(error));

    public const string ReceiptHeading = "Mottatt";
    public static string ReceivedAt(string when) => $"Refleksjonsnotatet ditt ble mottatt {when}.";
    public const string Edit = "Endre";
    public const string Refresh = "Oppdater";
    public static string EditableUntil(string deadline) => $"Du kan endre notatet fram til fristen {deadline}.";
    public static string Locked(string deadline) => $"Fristen gikk ut {deadline}. Notatet er låst.";
    public static string AcceptedLate(string deadline) => $"Levert etter fristen ({deadline}), men tatt imot som sen levering.";

    public static string Delivered(int delivered, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"{delivered} av {expected} har levert");

    public const string CountHeading = "Refleksjonsnotater";
    public const string Write = "Skriv refleksjonsnotat";

    /// <summary>Under a flexible meeting's post when every nettverksgruppe has its own round (issue 15).</summary>
    public static string WrittenInGroups(int groups) =>
        $"Refleksjonsnotatene skrives i hver nettverksgruppes kanal ({groups} {(groups == 1 ? "gruppe" : "grupper")}), med frist når gruppen møtes.";

    public const string RoundHeading = "Refleksjonsnotater fra runden";
    public const string LateMark = " (levert etter fristen)";
    public const string PickLabel = "Plenum";
    public const string PickTitle = "Del i plenum";
    public const string ShowMore = "Vis hele";
    public const string SharePicked = "Del utvalgte i plenum";
    public const string NoNotes = "Ingen har levert ennå.";
    public static string Missing(IReadOnlyList<string> names) => "Ikke levert ennå: " + string.Join(", ", names) + ".";
    public static string MoreNotes(int n) => string.Create(CultureInfo.InvariantCulture, $"… og {n} til. Hele runden kommer som Word-dokument.");

    public const string OwnNotesHeading = "Mine refleksjonsnotater";
    public const string NoOwnNotes = "Du har ikke levert noen refleksjonsnotater ennå.";
    public const string StateLabel = "Status";
    public const string SavedLabel = "Lagret";
    public const string RoundListHeading = "Refleksjonsnotater i dine samlinger";
    public const string NoRounds = "Du leder ingen runder med refleksjonsnotater ennå.";
    public const string ShowNotes = "Vis notater";
    public const string RoundDocument = "Hele runden som Word-dokument";
    public const string DialogTitle = "Skriv refleksjonsnotat";

    public const string ReminderHeading = "Påminnelse: refleksjonsnotat";
    public const string ReminderLead = "Du har ikke levert refleksjonsnotatet til denne lesebestillingen ennå.";
    public const string ChaseIntro = "En vennlig påminnelse: vi savner refleksjonsnotatet ditt. Skriv det her og trykk «Send inn». Bare du og ledere for samlingen ser notatet.";
    public const string EscalationHeading = "Fristen for refleksjonsnotatene er ute";
}
