namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>What one <see cref="IPostScheduler.SyncAsync"/> call changed, for the import report and the log.</summary>
/// <param name="Added">Posts scheduled for the first time.</param>
/// <param name="Rescheduled">Pending posts whose fire time moved.</param>
/// <param name="Removed">Posts (pending or fired) no longer in the plan.</param>
/// <param name="Unchanged">Posts already scheduled for the same time, or already fired.</param>
/// <param name="TooLate">New posts whose time lies more than the misfire grace period in the past: never scheduled, so never posted nor reported as missed.</param>
public sealed record PostSyncResult(int Added, int Rescheduled, int Removed, int Unchanged, IReadOnlyList<string> TooLate)
{
    public bool ChangedAnything => Added + Rescheduled + Removed > 0;
}
