using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>One outgoing activity, as a handler asks for it.</summary>
/// <param name="DedupeKey">Deterministic per cause (e.g. <c>welcome:{teamId}:{installCount}</c>) so a redelivered turn enqueues nothing new.</param>
/// <param name="ConversationId">Target conversation; for <see cref="OutboxOperation.CreatePersonal"/> the user id to open a 1:1 with.</param>
/// <param name="TargetActivityId">The activity replied to or updated.</param>
public sealed record OutboxMessage(
    string DedupeKey,
    string TenantId,
    string ServiceUrl,
    string ConversationId,
    OutboxOperation Operation,
    Activity Activity,
    string? TargetActivityId = null);

public enum OutboxOperation
{
    /// <summary>POST v3/conversations/{id}/activities</summary>
    Send,

    /// <summary>POST v3/conversations/{id}/activities/{replyToId}</summary>
    Reply,

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}</summary>
    Update,

    /// <summary>Open (or reuse) the 1:1 with a user, then send into it.</summary>
    CreatePersonal,
}
