namespace SkoleUtvikling.Tests.Unit.Protocol;

/// <summary>Teams wire payloads (shapes from Microsoft's Teams bot docs), copied to the test output.</summary>
public static class TeamsPayloads
{
    public static readonly TheoryData<string> All = new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order());

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Protocol", "Payloads");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json"));
}
