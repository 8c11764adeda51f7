using System.Globalization;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>A spreadsheet cell's text, and its number when Excel stored one (dates and times are numbers there).</summary>
internal sealed record XlsxValue(string Text, double? Number)
{
    /// <summary>An Excel date serial as "dd.MM.yyyy"; text as it is.</summary>
    public string AsDate() =>
        Number is { } serial && serial is >= 1 and < 2958466
            ? DateTime.FromOADate(serial).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : Text.Trim();

    /// <summary>An Excel time (a fraction of a day) as "HH.mm"; text as it is, with ":" read as ".".</summary>
    public string AsTime()
    {
        if (Number is { } fraction && fraction is >= 0 and < 1)
        {
            var time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Round(fraction * 24 * 60)));
            return time.ToString("HH\\.mm", CultureInfo.InvariantCulture);
        }

        return Text.Trim().Replace(':', '.');
    }
}
