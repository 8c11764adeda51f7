using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// <c>plan</c> in a channel: the next meetings of the programmes linked to it. <c>plan alle</c> (leaders,
/// anywhere): the next meetings of the whole plan.
/// </summary>
public sealed partial class PlanListCommand(PlanStore store, LeaderDirectory leaders, Replies replies, TimeProvider time) : IMessageCommand
{
    public bool Matches(string text) => Pattern().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var all = Pattern().Match(text).Groups["all"].Success;
        var inChannel = activity.Conversation?.ConversationType == ConversationTypes.Channel;
        if (all || !inChannel)
        {
            if (!await leaders.LeadsAnyProgrammeAsync(activity, cancellationToken))
            {
                await replies.ReplyTextAsync(activity, all ? PlanTexts.List.AllIsForLeaders : PlanTexts.List.WriteInChannel, cancellationToken);
                return;
            }

            await ReplyAsync(activity, PlanTexts.List.AllHeading, _ => true, cancellationToken);
            return;
        }

        var channelId = activity.ChannelData?.Channel?.Id ?? activity.Conversation!.RootId;
        var linked = (await store.ProgrammeKeysOfChannelAsync(tenantId, channelId, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (linked.Count == 0)
        {
            await replies.ReplyTextAsync(activity, PlanTexts.List.ChannelNotLinked, cancellationToken);
            return;
        }

        await ReplyAsync(activity, PlanCardTexts.ListTitle, e => linked.Contains(ProgrammeNames.Slug(e.Programme)), cancellationToken);
    }

    private async Task ReplyAsync(Activity activity, string heading, Func<PlanEvent, bool> include, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var events = await store.ActiveEventsAsync(activity.TenantId ?? "", cancellationToken);
        var lines = events.Where(include).Where(e => e.EarliestStart >= now || (e.EndsAt ?? e.EarliestStart) >= now)
            .OrderBy(e => e.EarliestStart).Take(PlanListCard.MaxShown).Select(PlanViews.Line).ToList();
        await replies.ReplyCardAsync(activity, PlanListCard.Build(heading, lines), "plan-list", cancellationToken);
    }

    [GeneratedRegex(@"^plan(\s+(?<all>alle))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
