using System.Reflection;
using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Tests.Unit.Architecture;

/// <summary>
/// Every log message of the product has its own event id, so a dashboard filter on one id
/// finds one kind of event. The source generator keeps <see cref="LoggerMessageAttribute"/> on the
/// partial methods, so the compiled assemblies can be read.
/// </summary>
public class LogEventIdTests
{
    [Fact]
    public void Every_log_message_in_the_product_assemblies_has_its_own_event_id()
    {
        var messages = ProductAssemblies.All
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, Name: $"{x.Method.DeclaringType!.FullName}.{x.Method.Name}"))
            .ToList();

        Assert.True(messages.Count > 50, $"only {messages.Count} log messages found; the scan is broken");
        var clashes = messages
            .GroupBy(m => m.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Name))}")
            .ToList();
        Assert.True(clashes.Count == 0, "Event ids used twice:\n" + string.Join("\n", clashes));
    }
}
