namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// One data row of a calendar table, cut into the plan's columns whatever the file format.
/// Week and Date may be the same cell ("Uke 20 14.mai"); Programme is set only by formats with a
/// programme column of their own (the .xlsx template), the .docx finds tags in Schedule.
/// </summary>
internal sealed record CalendarRow(
    int Number,
    CellText Week,
    CellText Date,
    CellText Schedule,
    CellText Topic,
    CellText Participants)
{
    public CellText Programme { get; init; } = CellText.Empty;

    public CellText Room { get; init; } = CellText.Empty;

    public CellText Lesebestilling { get; init; } = CellText.Empty;

    /// <summary>A column of remarks or goals ("Mål", "Kommentar"), added to the topic.</summary>
    public CellText Notes { get; init; } = CellText.Empty;

    /// <summary>A responsible column of its own; the .docx has "Ansvar: ..." lines among the participants instead.</summary>
    public CellText Responsible { get; init; } = CellText.Empty;

    /// <summary>The network groups' window (± days) from a column of its own.</summary>
    public int? WindowDays { get; init; }

    /// <summary>Project meetings: saker deadline and saksliste, in days before, from columns of their own.</summary>
    public int? SakerDaysBefore { get; init; }

    public int? SakslisteDaysBefore { get; init; }

    public bool IsEmpty =>
        Week.IsEmpty && Date.IsEmpty && Schedule.IsEmpty && Topic.IsEmpty && Participants.IsEmpty
        && Programme.IsEmpty && Room.IsEmpty && Lesebestilling.IsEmpty && Responsible.IsEmpty && Notes.IsEmpty;

    public bool HasContentBesideWeek =>
        !Schedule.IsEmpty || !Topic.IsEmpty || !Participants.IsEmpty || !Programme.IsEmpty
        || !Room.IsEmpty || !Lesebestilling.IsEmpty || !Responsible.IsEmpty || !Notes.IsEmpty || (!ReferenceEquals(Date, Week) && !Date.IsEmpty);
}
