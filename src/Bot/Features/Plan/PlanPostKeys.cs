using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// The Quartz job key of a post: "{tenant}|{event key}/{kind}". The tenant is in it because one
/// scheduler serves every tenant of the deployment and event keys are only unique within a plan.
/// </summary>
public static class PlanPostKeys
{
    public static string For(string tenantId, PlannedPost post) => $"{tenantId}|{post.Key}";

    public static bool TryParse(string postKey, out string tenantId, out string eventKey, out PostKind kind)
    {
        tenantId = eventKey = "";
        kind = PostKind.Lesebestilling;
        var bar = postKey.IndexOf('|', StringComparison.Ordinal);
        var slash = postKey.LastIndexOf('/');
        if (bar <= 0 || slash <= bar + 1)
        {
            return false;
        }

        tenantId = postKey[..bar];
        eventKey = postKey[(bar + 1)..slash];
        var slug = postKey[(slash + 1)..];
        var parsed = Enum.GetValues<PostKind>().Where(k => PlannedPost.KindSlug(k) == slug).ToList();
        if (parsed.Count != 1)
        {
            return false;
        }

        kind = parsed[0];
        return true;
    }
}
