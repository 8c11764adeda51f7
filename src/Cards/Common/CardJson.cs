using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkoleUtvikling.Cards.Common;

/// <summary>Card JSON as it goes on the wire: Norwegian letters kept as they are, not \u-escaped (Teams counts size in characters).</summary>
public static class CardJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode card) => card.ToJsonString(Options);
}
