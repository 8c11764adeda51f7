using System.Text.Json.Nodes;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// The answer to an <c>invoke</c> activity. On the wire the status is the HTTP status and the body is
/// the HTTP body (protocol.md §1); this record is only the in-process form.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public static readonly InvokeResponse NotImplemented = new(501, null);
}
