using System.Globalization;

namespace SkoleUtvikling.Cards.Saker;

/// <summary>Bokmål texts on the saker cards (call for saker, the sak form, receipt, leader's list, saksliste).</summary>
public static class SakerCardTexts
{
    public const string FormHeading = "Meld inn sak";
    public const string DialogTitle = "Meld inn sak";
    public const string Submit = "Meld inn sak";
    public const string SubmitEdited = "Lagre endringen";
    public const string TitleLabel = "Tittel";
    public const string DescriptionLabel = "Kort beskrivelse";
    public const string DescriptionHelp = "Et par setninger om hva saken gjelder og hva møtet skal gjøre med den.";
    public const string PresenterLabel = "Hvem legger fram saken?";
    public const string MinutesLabel = "Tid som trengs (minutter)";
    public const string MeetingLabel = "Møte";
    public const string DeadlineLabel = "Frist";
    public const string FormIntro = "Alle i kanalen ser titlene på sakene som er meldt inn. Møteleder ser alt og setter opp sakslisten.";
    public const string NoneYet = "Ingen saker er meldt inn ennå.";

    public const string ReceiptHeading = "Saken er meldt inn";
    public const string Edit = "Endre saken";
    public const string Refresh = "Oppdater";
    public const string SubmittedTitles = "Meldt inn til møtet";

    public const string LeaderHeading = "Innmeldte saker";
    public const string MoveUp = "Flytt opp";
    public const string MoveDown = "Flytt ned";
    public const string Drop = "Ta ut";
    public const string Restore = "Ta med igjen";
    public const string DroppedHeading = "Tatt ut av sakslisten";
    public const string LeaderIntro = "Rekkefølgen her blir sakslisten. Saker som er tatt ut, kommer ikke med.";

    public const string SakslisteHeading = "Saksliste";

    /// <summary>The first line of a chase (automatic or «Purr»): the form follows in the same card.</summary>
    public const string ChaseIntro = "En vennlig påminnelse: har du en sak til møtet? Saker tas imot til sakslisten lages. Skriv den her og trykk «Meld inn sak».";

    public const string EscalationHeading = "Saker: purret, ikke meldt inn";

    public static string NotSubmitted(IReadOnlyList<string> names) =>
        names.Count == 0 ? "Alle har meldt inn sak." : $"Har ikke meldt inn sak etter purring ({names.Count}): " + string.Join(", ", names);
    public const string Empty = "Ingen saker er meldt inn.";

    public static string Count(int count) => count switch
    {
        0 => "Ingen saker er meldt inn ennå.",
        1 => "1 sak er meldt inn.",
        _ => $"{count} saker er meldt inn.",
    };

    public static string Titles(IReadOnlyList<string> titles) =>
        titles.Count == 0 ? NoneYet : $"Meldt inn så langt ({titles.Count}): " + string.Join(" · ", titles);

    public static string ReceivedAt(string when) => $"Mottatt {when}.";

    public static string EditableUntil(string deadline) => $"Du kan endre saken til fristen går ut ({deadline}).";

    public static string Locked(string deadline) => $"Fristen gikk ut {deadline}; saken kan ikke endres lenger.";

    public static string Minutes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes} min");

    public static string PresentedBy(string presenter, int minutes) => $"{presenter} · {Minutes(minutes)}";

    public static string SubmittedBy(string name, string when) => $"Meldt inn av {name}, {when}";

    public static string Numbered(int number, string title) => string.Create(CultureInfo.InvariantCulture, $"{number}. {title}");

    public static string Total(int count, int minutes) => count == 1
        ? $"1 sak, {Minutes(minutes)} til sammen"
        : $"{count} saker, {Minutes(minutes)} til sammen";
}
