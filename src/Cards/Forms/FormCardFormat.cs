using System.Globalization;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// The wire formats of Adaptive Card inputs (yyyy-MM-dd, HH:mm, invariant numbers) and how limits read in
/// bokmål (dd.MM.yyyy, HH.mm, decimal comma).
/// </summary>
public static class FormCardFormat
{
    public const string WireDate = "yyyy-MM-dd";
    public const string WireTime = "HH:mm";

    private static readonly string[] WireTimes = ["HH:mm", "H:mm", "HH:mm:ss"];

    public static string WireOf(DateOnly date) => date.ToString(WireDate, CultureInfo.InvariantCulture);

    public static string WireOf(TimeOnly time) => time.ToString(WireTime, CultureInfo.InvariantCulture);

    public static string WireOf(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, WireDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>HH:mm as Input.Time sends it; H:mm and HH:mm:ss (some clients) are read too, seconds dropped.</summary>
    public static bool TryTime(string text, out TimeOnly time)
    {
        var ok = TimeOnly.TryParseExact(text, WireTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
        time = new TimeOnly(time.Hour, time.Minute);
        return ok;
    }

    /// <summary>An invariant number as Input.Number sends it; a decimal comma is read too.</summary>
    public static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out number);

    public static string? Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string? Time(TimeOnly? time) => time?.ToString("HH.mm", CultureInfo.InvariantCulture);

    public static string? Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
