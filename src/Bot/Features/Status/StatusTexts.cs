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
}
