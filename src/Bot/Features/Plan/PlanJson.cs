using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>How plan events and warnings are stored: JSON in one column, plus a hash of what a person would call the content.</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IReadOnlyList<PlanEvent> events) => JsonSerializer.Serialize(events, Options);

    public static IReadOnlyList<PlanEvent> DeserializeEvents(string json) => JsonSerializer.Deserialize<List<PlanEvent>>(json, Options) ?? [];

    public static string Serialize(PlanEvent planEvent) => JsonSerializer.Serialize(planEvent, Options);

    public static PlanEvent DeserializeEvent(string json) =>
        JsonSerializer.Deserialize<PlanEvent>(json, Options) ?? throw new JsonException("Stored plan event is empty.");

    public static string Serialize(IReadOnlyList<PlanImportWarning> warnings) => JsonSerializer.Serialize(warnings, Options);

    public static IReadOnlyList<PlanImportWarning> DeserializeWarnings(string json) => JsonSerializer.Deserialize<List<PlanImportWarning>>(json, Options) ?? [];

    /// <summary>Changes when anything a participant sees changes; not when the row merely moved in the file.</summary>
    public static string ContentHash(PlanEvent planEvent)
    {
        var node = JsonNode.Parse(Serialize(planEvent))!.AsObject();
        node.Remove("sourceRow");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(node.ToJsonString())));
    }
}
