using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Tests.Unit.Storage.Outbox.Sending;

/// <summary>protocol.md §5, "Status codes from bot conversational APIs", row by row.</summary>
public sealed class FailureClassifierTests
{
    [Theory]
    [InlineData(429, "Throttled", null, FailureKind.Throttled)]
    [InlineData(412, "PreconditionFailed", null, FailureKind.Transient)]
    [InlineData(500, null, null, FailureKind.Transient)]
    [InlineData(502, "ServiceError", null, FailureKind.Transient)]
    [InlineData(503, null, null, FailureKind.Transient)]
    [InlineData(504, null, null, FailureKind.Transient)]
    [InlineData(0, "NetworkError", null, FailureKind.Transient)]
    [InlineData(0, "Timeout", null, FailureKind.Transient)]
    [InlineData(403, "BotNotInConversationRoster", null, FailureKind.TargetGone)]
    [InlineData(403, "ConversationBlockedByUser", null, FailureKind.TargetGone)]
    [InlineData(403, "Forbidden", "MessageWritesBlocked", FailureKind.TargetGone)]
    [InlineData(403, "ForbiddenOperationException", null, FailureKind.TargetGone)]
    [InlineData(404, "ConversationNotFound", null, FailureKind.TargetGone)]
    [InlineData(404, "ActivityNotFoundInConversation", null, FailureKind.Permanent)]
    [InlineData(403, "BotDisabledByAdmin", null, FailureKind.Permanent)]
    [InlineData(403, "NotEnoughPermissions", null, FailureKind.Permanent)]
    [InlineData(413, "MessageSizeTooBig", null, FailureKind.Permanent)]
    [InlineData(401, "BotNotRegistered", null, FailureKind.Permanent)]
    [InlineData(400, "BadArgument", null, FailureKind.Permanent)]
    [InlineData(501, null, null, FailureKind.Permanent)]
    public void Each_teams_answer_gets_its_action(int status, string? code, string? subCode, FailureKind expected)
    {
        var error = new ConnectorError(status, code, subCode, null, null, null, OutcomeUnknown: false);

        Assert.Equal(expected, FailureClassifier.KindOf(error));
    }

    [Fact]
    public void Codes_are_compared_without_regard_to_case()
    {
        var error = new ConnectorError(403, "conversationblockedbyuser", null, null, null, null, OutcomeUnknown: false);

        Assert.Equal(FailureKind.TargetGone, FailureClassifier.KindOf(error));
    }
}
