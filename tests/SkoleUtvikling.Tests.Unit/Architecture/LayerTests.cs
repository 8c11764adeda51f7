namespace SkoleUtvikling.Tests.Unit.Architecture;

/// <summary>
/// The shape of src/Bot, read from the compiled assembly: core folders know no feature and no host
/// wiring; features know the core but not each other; Cards and Scheduling know nothing of the Bot.
/// Features.Leaders is shared by design (who leads is asked by several features); it handles no
/// activity, and it may reference no other feature.
/// </summary>
public class LayerTests
{
    private const string Bot = "SkoleUtvikling.Bot";
    private const string Features = Bot + ".Features.";
    private const string SharedFeature = "Leaders";

    private static readonly string[] CoreFolders = ["Routing", "Protocol", "Storage", "Filing", "Collection", "Messaging"];

    [Fact]
    public void Core_folders_reference_no_feature_and_no_host_wiring()
    {
        var offences = References()
            .Where(r => IsCore(r.From) && (FeatureOf(r.To) is not null || IsHost(r.To)))
            .Select(Describe)
            .ToList();

        Assert.True(offences.Count == 0, "Core references a feature or the host wiring:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Features_do_not_reference_each_other_except_the_shared_leaders()
    {
        var offences = References()
            .Where(r => FeatureOf(r.From) is { } from && FeatureOf(r.To) is { } to && from != to && to != SharedFeature)
            .Select(Describe)
            .ToList();

        Assert.True(offences.Count == 0, "A feature references another feature:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Features_do_not_reference_the_host_wiring()
    {
        var offences = References()
            .Where(r => FeatureOf(r.From) is not null && IsHost(r.To))
            .Select(Describe)
            .ToList();

        Assert.True(offences.Count == 0, "A feature references the host wiring:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Cards_and_Scheduling_do_not_reference_the_Bot()
    {
        foreach (var assembly in new[] { ProductAssemblies.Cards, ProductAssemblies.Scheduling })
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == ProductAssemblies.Bot.GetName().Name);
        }
    }

    [Fact]
    public void The_scan_sees_references_in_signatures_and_method_bodies()
    {
        var references = References().ToList();

        // A constructor parameter, and a type used only inside a method body (a DI registration).
        Assert.Contains(references, r => r.From.Name == "ActivityRouter" && r.To.Name == "ITurnObserver");
        Assert.Contains(references, r => r.From.Name == "PlanFeature" && r.To.Name == "PlanImportHandler");
        // Inside an async method's state machine, counted for its declaring type.
        Assert.Contains(references, r => r.From.Name == "PlanPostDispatcher" && r.To.Name == "MeetingPost");
        // The host's top-level statements (an async Main) list the features; a feature asks the shared Leaders.
        Assert.Contains(references, r => IsHost(r.From) && r.To.Name == "ReflectionFeature");
        Assert.Contains(references, r => FeatureOf(r.From) == "Reflection" && FeatureOf(r.To) == SharedFeature);
    }

    private static IEnumerable<(Type From, Type To)> References() =>
        ProductAssemblies.Bot.GetTypes()
            .SelectMany(t => TypeReferences.Of(t).Select(to => (From: TypeReferences.Owner(t), To: TypeReferences.Owner(to))))
            .Where(r => r.From != r.To && r.To.Assembly == ProductAssemblies.Bot)
            .Distinct();

    private static string Describe((Type From, Type To) r) => $"{r.From.FullName} -> {r.To.FullName}";

    private static bool IsCore(Type type) =>
        type.Namespace == Bot || CoreFolders.Any(f => type.Namespace is { } ns && (ns == $"{Bot}.{f}" || ns.StartsWith($"{Bot}.{f}.", StringComparison.Ordinal)));

    private static bool IsHost(Type type) =>
        type.Namespace is { } ns
            ? ns == Bot + ".Hosting" || ns.StartsWith(Bot + ".Hosting.", StringComparison.Ordinal)
            : type.Name.Contains("Program", StringComparison.Ordinal);

    private static string? FeatureOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(Features, StringComparison.Ordinal)
            ? ns[Features.Length..].Split('.')[0]
            : null;
}
