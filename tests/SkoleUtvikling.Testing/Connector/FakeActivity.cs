using System.Text.Json.Nodes;

namespace SkoleUtvikling.Testing.Connector;

/// <summary>An activity the fake Connector accepted (it is "in the conversation" from then on).</summary>
/// <param name="Kind">send, reply, update, or create (the first post of a new channel thread).</param>
public sealed record FakeActivity(long Sequence, DateTimeOffset At, string Kind, string ConversationId, string ActivityId, JsonObject Activity)
{
    public string? Text => Activity["text"]?.GetValue<string>();

    public string? ReplyToId => Activity["replyToId"]?.GetValue<string>();
}
