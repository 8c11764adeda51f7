using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>A row a worker claimed, with what the claim learned about its conversation.</summary>
public sealed class OutboxRow : IQueuedJob
{
    public long Id { get; init; }
    public string TenantId { get; init; } = "";
    public string ServiceUrl { get; init; } = "";

    /// <summary>The target conversation; for <see cref="OutboxOperation.CreatePersonal"/> the user's id.</summary>
    public string ConversationId { get; init; } = "";
    public string ConversationKey { get; init; } = "";
    public string Operation { get; init; } = "";
    public string? TargetActivityId { get; init; }
    public string Payload { get; init; } = "";

    /// <summary>Attempts before this one.</summary>
    public int Attempts { get; init; }
    public int InterruptedAttempts { get; init; }

    /// <summary>Set when the previous holder died during a non-idempotent call: its outcome is unknown.</summary>
    public long? InFlightSinceMs { get; init; }
    public string? InFlightOwner { get; init; }

    /// <summary>The 1:1 this row opened on an earlier attempt.</summary>
    public string? ResultConversationId { get; init; }
    public bool? ConversationBlocked { get; init; }

    /// <summary>For a 1:1 to open: the one the bot already has with this user.</summary>
    public string? PersonalConversationId { get; init; }
    public bool? PersonalBlocked { get; init; }

    public bool IsBlocked => ConversationBlocked == true || PersonalBlocked == true;

    public OutboxOperation? OperationKind => Enum.TryParse<OutboxOperation>(Operation, out var op) ? op : null;
}
