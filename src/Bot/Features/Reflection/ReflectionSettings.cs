namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Section <c>Reflection</c>. A round opens when its lesebestilling is posted and is due when the
/// meeting starts; notes are accepted as late for <see cref="LateDays"/> days after that (0 locks at the deadline).
/// </summary>
public sealed class ReflectionSettings
{
    public const string Section = "Reflection";

    public int LateDays { get; set; } = 7;

    /// <summary>A lesebestilling posted close to its meeting still gives people at least this long.</summary>
    public int MinimumHoursToAnswer { get; set; } = 24;
}
