namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Why a file was rejected: which file, which row (null when the whole file is the problem) and the reason in bokmål.</summary>
public sealed record PlanImportError(string File, int? Row, string Reason)
{
    /// <summary>"plan.docx, rad 9: kan ikke lese datoen «14.mia»".</summary>
    public string Text => Row is { } row ? PlanImportTexts.FileRow(File, row, Reason) : $"{File}: {Reason}";

    public override string ToString() => Text;
}
