using System.Reflection;

namespace SkoleUtvikling.Tests.Unit.Architecture;

/// <summary>The compiled product assemblies the architecture tests read.</summary>
internal static class ProductAssemblies
{
    public static Assembly Bot { get; } = typeof(SkoleUtvikling.Bot.Routing.ActivityRouter).Assembly;
    public static Assembly Cards { get; } = typeof(SkoleUtvikling.Cards.Common.CardJson).Assembly;
    public static Assembly Scheduling { get; } = typeof(SkoleUtvikling.Scheduling.Jobs.SchedulingLog).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = [Bot, Cards, Scheduling];
}
