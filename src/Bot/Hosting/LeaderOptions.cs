namespace SkoleUtvikling.Bot.Hosting;

/// <summary>
/// Leaders besides team owners, configured per municipality: Entra object ids (GUIDs) under
/// <c>Leaders:AadObjectIds</c>. Never decided from text a user typed.
/// </summary>
public sealed class LeaderOptions
{
    public const string Section = "Leaders";

    public List<string> AadObjectIds { get; set; } = [];
}
