using System.Text.Json.Nodes;

namespace SkoleUtvikling.Testing.Connector;

/// <summary>One request the fake Connector received, and what it answered.</summary>
/// <param name="RawTarget">The request target as sent, still escaped (to check a client escapes ids).</param>
/// <param name="Route">send, reply, update, delete, create, pagedmembers, member, team, channels.</param>
/// <param name="ConversationId">The conversation id from the path, decoded.</param>
/// <param name="Fault">Why the answer was not the normal one: throttled (rate limit), injected, unauthorized.</param>
public sealed record FakeConnectorCall(
    long Sequence,
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    string RawTarget,
    string Route,
    string? ConversationId,
    string? ActivityId,
    string? TenantId,
    JsonObject? Body,
    string? Authorization,
    int Status,
    string? Fault)
{
    public bool WasRateLimited => Fault == FakeConnector.RateLimitedFault;
}
