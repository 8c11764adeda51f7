using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox.Sending;

/// <summary>
/// Teams' status codes from the bot conversational APIs (protocol.md §5) mapped to what the outbox
/// does: the Teams-send kind's failure classes for the queue's <see cref="FailurePolicy"/>. Anything not
/// listed as healing is not retried.
/// </summary>
public static class FailureClassifier
{
    /// <summary>Codes that mean the conversation is closed to the bot until the user writes or the app is installed again.</summary>
    public static readonly IReadOnlyList<string> ConversationGoneCodes =
    [
        "ConversationBlockedByUser",
        "BotNotInConversationRoster",
        "MessageWritesBlocked",
        "ConversationNotFound",
        "ForbiddenOperationException",
    ];

    public static JobFailure Classify(ConnectorError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var what = $"{error.StatusCode} {error.MostSpecificCode}".TrimEnd();
        return new JobFailure(KindOf(error), error.StatusCode, error.RetryAfter, error.OutcomeUnknown, what);
    }

    public static FailureKind KindOf(ConnectorError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.StatusCode == 429)
        {
            return FailureKind.Throttled;
        }

        if (error.StatusCode is 0 or 408 or 412 or 500 or 502 or 503 or 504)
        {
            return FailureKind.Transient;
        }

        if (error.StatusCode is 403 or 404 && ConversationGoneCodes.Any(error.Is))
        {
            return FailureKind.TargetGone;
        }

        return FailureKind.Permanent;
    }
}
