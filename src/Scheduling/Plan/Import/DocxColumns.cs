namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Which grid column holds what, found by the header's names, not by position: the week ("UKE", "NÅR"; an "UKE"
/// spanning two columns is week then date), the date ("DATO", "DAG"), the time/programme ("TID/FAGOMRÅDE/PROGRAM",
/// "KL.", "OMFANG"), the content ("UTVIKLINGSPLAN - TEMA OG OPPGAVER", "TEMA", "HVA", "AKTIVITET"), participants
/// ("DELTAGERE/ANSVAR", "HVEM", "MÅLGRUPPE"; a second "HVEM" column is who is responsible), and optional room,
/// lesebestilling and remarks ("MÅL", "KOMMENTAR") columns. A header is a row with a week or date column and a
/// content column. Without a date column the date is read from the week cell ("Uke 44 29.oktober") or the first
/// line of the time cell.
/// </summary>
internal sealed record DocxColumns(
    int Week,
    int Date,
    int? Schedule,
    int Topic,
    int? Participants,
    int? Responsible = null,
    int? Room = null,
    int? Lesebestilling = null,
    int? Notes = null)
{
    public static DocxColumns? FromHeader(IReadOnlyList<GridCell> cells)
    {
        int? week = null, date = null, schedule = null, topic = null, participants = null, responsible = null, room = null, lesebestilling = null, notes = null;
        foreach (var cell in cells)
        {
            var text = cell.Text.Joined.ToUpperInvariant().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            switch (RoleOf(text))
            {
                case Role.Week when week is null:
                    week = cell.Start;
                    date ??= cell.Span > 1 ? cell.Start + 1 : null;
                    break;
                case Role.Date when date is null || date == week + 1:
                    date = cell.Start;
                    break;
                case Role.Lesebestilling:
                    lesebestilling ??= cell.Start;
                    break;
                case Role.Topic:
                    topic ??= cell.Start;
                    break;
                case Role.Participants when participants is null:
                    participants = cell.Start;
                    break;
                case Role.Participants or Role.Responsible:
                    responsible ??= cell.Start;
                    break;
                case Role.Room:
                    room ??= cell.Start;
                    break;
                case Role.Notes:
                    notes ??= cell.Start;
                    break;
                case Role.Schedule:
                    schedule ??= cell.Start;
                    break;
                default:
                    break;
            }
        }

        var when = week ?? date;
        return when is { } w && topic is { } t
            ? new DocxColumns(w, date ?? w, schedule, t, participants, responsible, room, lesebestilling, notes)
            : null;
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
            Text(cells, Participants))
        {
            Responsible = Text(cells, Responsible),
            Room = Text(cells, Room),
            Lesebestilling = Text(cells, Lesebestilling),
            Notes = Text(cells, Notes),
        };
    }

    private enum Role
    {
        None,
        Week,
        Date,
        Schedule,
        Topic,
        Participants,
        Responsible,
        Room,
        Lesebestilling,
        Notes,
    }

    /// <summary>Checked in this order: "UTVIKLINGSPLAN - TEMA OG OPPGAVER" is content though it says nothing of time.</summary>
    private static Role RoleOf(string text) =>
        text.StartsWith("UKE", StringComparison.Ordinal) || text.StartsWith("NÅR", StringComparison.Ordinal) ? Role.Week
        : text.StartsWith("DATO", StringComparison.Ordinal) || text.StartsWith("DAG", StringComparison.Ordinal) ? Role.Date
        : text.StartsWith("LESEBESTILLING", StringComparison.Ordinal) ? Role.Lesebestilling
        : ContainsAny(text, "TEMA", "OPPGAVE", "HVA", "AKTIVITET", "INNHOLD", "TITTEL") ? Role.Topic
        : ContainsAny(text, "DELTA", "HVEM", "MÅLGRUPPE") ? Role.Participants
        : ContainsAny(text, "ANSVAR") ? Role.Responsible
        : text.StartsWith("STED", StringComparison.Ordinal) || text.StartsWith("MØTEROM", StringComparison.Ordinal) || text == "ROM" ? Role.Room
        : text.StartsWith("MÅL", StringComparison.Ordinal) || ContainsAny(text, "KOMMENTAR", "MERKNAD") ? Role.Notes
        : ContainsAny(text, "TID", "PROGRAM", "FAGOMRÅDE", "KL.", "OMFANG") ? Role.Schedule
        : Role.None;

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

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
