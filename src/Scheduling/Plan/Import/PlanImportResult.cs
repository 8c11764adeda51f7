namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Either the whole plan (events in file order, plus warnings) or a rejection listing every row that must be
/// fixed. A rejected import never carries events: nothing is scheduled from half a plan.
/// </summary>
public sealed record PlanImportResult
{
    private PlanImportResult(IReadOnlyList<PlanEvent> events, IReadOnlyList<PlanImportWarning> warnings, IReadOnlyList<PlanImportError> errors)
    {
        Events = events;
        Warnings = warnings;
        Errors = errors;
    }

    public IReadOnlyList<PlanEvent> Events { get; }

    public IReadOnlyList<PlanImportWarning> Warnings { get; }

    public IReadOnlyList<PlanImportError> Errors { get; }

    public bool IsRejected => Errors.Count > 0;

    public static PlanImportResult Accepted(IReadOnlyList<PlanEvent> events, IReadOnlyList<PlanImportWarning> warnings) =>
        new(events, warnings, []);

    public static PlanImportResult Rejected(IReadOnlyList<PlanImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A rejection needs at least one error.", nameof(errors));
        }

        return new([], [], errors);
    }

    public static PlanImportResult Rejected(PlanImportError error) => Rejected([error]);
}
