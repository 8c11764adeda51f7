namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>Bokmål replies of the status feature (who has delivered, «Purr»).</summary>
public static class StatusTexts
{
    public const string OnlyLeaders = "Bare de som leder en runde, kan se status for den. Dine egne svar finner du med «mine notater».";
    public const string RoundGone = "Fant ikke runden, eller du leder den ikke.";
    public const string NotMissing = "Den personen mangler ikke svar i denne runden.";
    public const string NoBot = "Jeg kan ikke purre ennå: jeg vet ikke hvem jeg er i denne organisasjonen. Prøv igjen når noen har skrevet til meg.";
    public const string NoAppReason = "har ikke appen";
    public const string UnknownReason = "ukjent feil";
    public const string NothingToResend = "Ingen purringer å sende på nytt.";
    public const string SectionGone = "Fant ikke det du ville purre for, eller det kan ikke purres lenger.";
    public const string SectionOnlyPersonal = "Purring av grupper gjøres fra status i en 1:1-chat med meg.";
    public const string ChaseClosed = "Runden tar ikke imot svar lenger, så ingen ble purret.";

    public static string Chased(int queued, int alreadyToday, int unreachable)
    {
        var parts = new List<string> { queued == 1 ? "Purring sendes til 1 person." : $"Purring sendes til {queued} personer." };
        if (alreadyToday > 0)
        {
            parts.Add($"{alreadyToday} er allerede purret i dag og får ingen ny.");
        }

        if (unreachable > 0)
        {
            parts.Add($"{unreachable} kan ikke nås i en 1:1-chat.");
        }

        return string.Join(" ", parts);
    }

    public static string Resent(int queued) => $"Sender {queued} purring{(queued == 1 ? "" : "er")} på nytt.";

    public static string Pending(string when) => $"sendes (køet {when})";

    public static string Sent(string when) => $"sendt {when}";

    public static string DeliveredMeanwhile(string when) => $"purret {when}, har levert i mellomtiden";

    public static string Failed(string reason) => $"ikke sendt: {reason}";

    public static string FailedCode(int? status, string? code) => $"Teams svarte {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "ingenting"}{(code is null ? "" : " " + code)}";

    // ---- rapport (.xlsx) -------------------------------------------------------------------

    public const string ReportOnlyPersonal = "Rapporten kan inneholde navn, så den får du bare i en 1:1-chat med meg. Skriv «rapport» der.";
    public const string ReportDescription = "Status for runden: én rad per person med status, levert første og siste gang, og purringer sendt.";
    public const string ReportDeclined = "Greit, jeg lagrer ikke rapporten.";
    public const string ReportSent = "Her er rapporten. Den ligger også i OneDrive-en din.";
    public const string ReportSheet = "Status";

    public static string ReportNoRound(string? named) => named is null
        ? "Du leder ingen åpne eller nylig avsluttede runder."
        : $"Fant ingen runde du leder med «{named}» i navnet.";

    public static string ReportFileName(string title)
    {
        var safe = string.Concat(title.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' ? c : '-')).Trim();
        return $"Status - {(safe.Length == 0 ? "runde" : safe[..Math.Min(safe.Length, 60)])}.xlsx";
    }

    public static string ReportDeadline(string deadline) => $"Frist {deadline}";

    public static string ReportSummary(int delivered, int expected, int missing, int exempt) =>
        $"{delivered} av {expected} har levert, {missing} mangler, {exempt} fritatt";

    public static readonly IReadOnlyList<object?> ReportHeaders = ["Navn", "Status", "Levert første gang", "Levert siste gang", "Purringer sendt", "Fritaksgrunn"];

    public static string StateName(SkoleUtvikling.Bot.Collection.PersonState state) => state switch
    {
        SkoleUtvikling.Bot.Collection.PersonState.Delivered => "Levert",
        SkoleUtvikling.Bot.Collection.PersonState.Late => "Levert for sent",
        SkoleUtvikling.Bot.Collection.PersonState.Exempt => "Fritatt",
        SkoleUtvikling.Bot.Collection.PersonState.Draft => "Mangler (utkast)",
        _ => "Mangler",
    };
}
