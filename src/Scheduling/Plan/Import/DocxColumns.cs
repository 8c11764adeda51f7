namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Which grid column holds what, read from the header: "UKE" (spanning two columns: week, then date),
/// "DATO", "TID/FAGOMRÅDE/PROGRAM", "UTVIKLINGSPLAN - TEMA OG OPPGAVER", "DELTAGERE/ANSVAR".
/// A header is recognised by "UKE" plus a theme column.
/// </summary>
internal sealed record DocxColumns(int Week, int Date, int? Schedule, int Topic, int? Participants)
{
    public static DocxColumns? FromHeader(IReadOnlyList<GridCell> cells)
    {
        int? week = null, date = null, schedule = null, topic = null, participants = null;
        foreach (var cell in cells)
        {
            var text = cell.Text.Joined.ToUpperInvariant();
            if (text.StartsWith("UKE", StringComparison.Ordinal))
            {
                week = cell.Start;
                date ??= cell.Span > 1 ? cell.Start + 1 : null;
            }
            else if (text.StartsWith("DATO", StringComparison.Ordinal))
            {
                date = cell.Start;
            }
            else if (text.Contains("TEMA", StringComparison.Ordinal) || text.Contains("OPPGAVE", StringComparison.Ordinal))
            {
                topic = cell.Start;
            }
            else if (text.Contains("DELTA", StringComparison.Ordinal) || text.Contains("ANSVAR", StringComparison.Ordinal))
            {
                participants = cell.Start;
            }
            else if (text.Contains("TID", StringComparison.Ordinal) || text.Contains("PROGRAM", StringComparison.Ordinal))
            {
                schedule = cell.Start;
            }
        }

        return week is { } w && topic is { } t ? new DocxColumns(w, date ?? w, schedule, t, participants) : null;
    }

    public CalendarRow RowOf(int number, IReadOnlyList<GridCell> cells)
    {
        var weekCell = CellAt(cells, Week);
        var dateCell = CellAt(cells, Date);
        var weekText = weekCell?.Text ?? CellText.Empty;

        // One cell for both ("Uke 20 14.mai"): the date parser reads the week off the front.
        var dateText = dateCell is null ? CellText.Empty : ReferenceEquals(dateCell, weekCell) ? weekText : dateCell.Text;
        return new CalendarRow(
            number,
            weekText,
            dateText,
            Text(cells, Schedule),
            Text(cells, Topic),
            Text(cells, Participants));
    }

    private static GridCell? CellAt(IReadOnlyList<GridCell> cells, int column)
    {
        foreach (var cell in cells)
        {
            if (cell.Covers(column))
            {
                return cell;
            }
        }

        return null;
    }

    private static CellText Text(IReadOnlyList<GridCell> cells, int? column) =>
        column is { } c && CellAt(cells, c) is { } cell ? cell.Text : CellText.Empty;
}
