using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>
/// installationUpdate and conversationUpdate: the bot added to or removed from a team or a 1:1, members
/// coming and going, channels created, renamed and deleted.
/// </summary>
public sealed class InstallationHandler(InstallationService installations) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.InstallationUpdate) || activity.IsType(ActivityTypes.ConversationUpdate);

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var teamId = activity.ChannelData?.Team?.Id;
        var botId = activity.Recipient?.Id;
        if (activity.IsType(ActivityTypes.InstallationUpdate))
        {
            var removing = activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
            await (removing ? installations.UninstallAsync(activity, cancellationToken) : installations.InstallAsync(activity, cancellationToken));
            return null;
        }

        var added = activity.MembersAdded ?? [];
        var removed = activity.MembersRemoved ?? [];
        if (added.Any(m => m.Id == botId))
        {
            await installations.InstallAsync(activity, cancellationToken);
        }

        if (removed.Any(m => m.Id == botId))
        {
            await installations.UninstallAsync(activity, cancellationToken);
            return null;
        }

        if (teamId is null)
        {
            return null;
        }

        var people = added.Where(m => m.Id != botId).Select(m => (m, false))
            .Concat(removed.Where(m => m.Id != botId).Select(m => (m, true)))
            .ToList();
        if (people.Count > 0)
        {
            await installations.RecordMembersAsync(activity, teamId, people, cancellationToken);
        }

        await installations.ApplyTeamEventAsync(activity, teamId, cancellationToken);
        return null;
    }
}
