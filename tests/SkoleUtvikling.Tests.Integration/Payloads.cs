using System.Text.Json.Nodes;

namespace SkoleUtvikling.Tests.Integration;

/// <summary>Teams wire payloads shared with the unit tests (tests/SkoleUtvikling.Tests.Unit/Protocol/Payloads).</summary>
public static class Payloads
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json")))!.AsObject();
}
