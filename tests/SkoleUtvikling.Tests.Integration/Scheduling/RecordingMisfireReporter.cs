using System.Collections.Concurrent;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>Stands in for the Bot's coordinator notice: records every missed post.</summary>
public sealed class RecordingMisfireReporter : IMisfireReporter
{
    private readonly ConcurrentQueue<Missed> _missed = new();

    public sealed record Missed(string PostKey, DateTimeOffset ScheduledFireUtc, DateTimeOffset DetectedUtc);

    public IReadOnlyList<Missed> Reports => [.. _missed];

    public Task ReportMissedAsync(string postKey, DateTimeOffset scheduledFireUtc, DateTimeOffset detectedUtc, CancellationToken cancellationToken)
    {
        _missed.Enqueue(new Missed(postKey, scheduledFireUtc, detectedUtc));
        return Task.CompletedTask;
    }
}
