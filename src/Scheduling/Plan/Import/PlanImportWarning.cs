namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Something the person importing should look at; the plan is still imported. Message is bokmål.</summary>
public sealed record PlanImportWarning(int? Row, string Message)
{
    /// <summary>"Rad 9: 6. mars 2021 er en lørdag".</summary>
    public string Text => Row is { } row ? PlanImportTexts.RowPrefix(row, Message) : Message;

    public override string ToString() => Text;
}
