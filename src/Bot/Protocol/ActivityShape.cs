namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// The fields every Teams activity carries (protocol.md §3) and every handler may rely on: a type, a
/// conversation id, a sender id and an absolute serviceUrl. An activity without them is refused with
/// 400 before any handler runs, so no handler meets a missing id.
/// </summary>
public static class ActivityShape
{
    /// <returns>What is missing, for the log, or null when the activity has its required fields.</returns>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "no type";
        }

        if (activity.IsType(ActivityTypes.Invoke) && string.IsNullOrWhiteSpace(activity.Name))
        {
            return "invoke without name";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "no conversation id";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "no sender id (from.id)";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "no absolute serviceUrl";
        }

        return null;
    }
}
