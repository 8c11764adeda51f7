namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Something the person importing should look at; the plan is still imported. Message is bokmål.
/// <see cref="Kind"/> orders the warnings by what the coordinator must act on.
/// </summary>
public sealed record PlanImportWarning(int? Row, string Message, PlanWarningKind Kind = PlanWarningKind.Other)
{
    /// <summary>"Rad 9: 6. mars 2021 er en lørdag".</summary>
    public string Text => Row is { } row ? PlanImportTexts.RowPrefix(row, Message) : Message;

    public override string ToString() => Text;
}

/// <summary>What a warning is about, in the order the preview lists them: most urgent first.</summary>
public enum PlanWarningKind
{
    /// <summary>A date or time that is wrong or could not be read: week/date mismatch, weekend, holiday, reversed range.</summary>
    DateError = 0,

    /// <summary>A row with content that gives no event (no date, no title).</summary>
    SkippedRow = 1,

    UnknownProgramme = 2,

    Duplicate = 3,

    Other = 4,

    /// <summary>Meetings before today, summed up in one line.</summary>
    History = 5,
}
