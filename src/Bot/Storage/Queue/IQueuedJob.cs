namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>What the queue needs to know of any claimed job: its row id and whose tenant it throttles.</summary>
public interface IQueuedJob
{
    long Id { get; }

    string TenantId { get; }
}
