using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// A post's time has come (a Quartz firing): build it from the plan as it is now and queue it for the
/// programme's channel. The outbox dedupes on the post key, so a firing run twice posts once.
/// </summary>
public sealed class PlanPostDispatcher(
    PlanStore store,
    Database database,
    IOutbox outbox,
    CoordinatorMessages coordinator,
    IEnumerable<IMeetingPostListener> listeners,
    IEnumerable<Collection.IMeetingSlots> slots,
    TimeProvider time,
    ILogger<PlanPostDispatcher> logger) : IPostDispatcher, IFiredPostHandler
{
    public bool Claims(string postKey) => PlanPostKeys.TryParse(postKey, out _, out _, out _);

    public async Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        if (!PlanPostKeys.TryParse(postKey, out var tenantId, out var eventKey, out var kind))
        {
            PlanLog.UnknownPostKey(logger, postKey);
            return;
        }

        var planEvent = await store.EventAsync(tenantId, eventKey, cancellationToken);
        if (planEvent is null)
        {
            PlanLog.PostGone(logger, postKey);
            return;
        }

        // A flexible meeting's day-before reminder goes to each group for its own slot (issue 15), not before the window.
        if (kind == PostKind.Reminder && slots.Any(s => s.RemindsPerGroup(planEvent)))
        {
            PlanLog.ReminderPerGroup(logger, postKey);
            return;
        }

        var channel = await store.ChannelOfAsync(tenantId, planEvent.Programme, cancellationToken);
        if (channel is null)
        {
            PlanLog.PostUnlinked(logger, postKey);
            var text = PlanTexts.PostWithoutChannel(ProgrammeNames.Tag(planEvent.Programme), planEvent.Title, NorwegianDates.When(planEvent));
            await coordinator.TellAsync(tenantId, $"unlinked:{postKey}", text, cancellationToken);
            return;
        }

        // Listeners (a lesebestilling opens a round of notes) prepare before the transaction, store inside it.
        var dedupeKey = $"post:{postKey}";
        var meetingPost = new MeetingPost(tenantId, planEvent, kind, channel.TeamId, channel.ChannelId, channel.ServiceUrl, dedupeKey);
        var additions = new List<IMeetingPostAddition>();
        foreach (var listener in listeners)
        {
            if (await listener.PrepareAsync(meetingPost, cancellationToken) is { } addition)
            {
                additions.Add(addition);
            }
        }

        await database.InTransactionAsync(async (c, t) =>
        {
            var now = time.GetUtcNow();
            var sections = new List<JsonNode>();
            foreach (var addition in additions)
            {
                sections.AddRange(await addition.StoreAsync(c, t, now) ?? []);
            }

            await outbox.EnqueueAsync(c, t, ToChannel(tenantId, planEvent, kind, channel.ChannelId, channel.ServiceUrl, dedupeKey, sections), cancellationToken);

            // Copies for other channels (a flexible meeting's nettverksgrupper, each with its own round), in the same transaction.
            foreach (var copy in additions.SelectMany(a => a.Copies))
            {
                await outbox.EnqueueAsync(c, t, ToChannel(tenantId, planEvent, kind, copy.ChannelId, copy.ServiceUrl, copy.DedupeKey, copy.Sections), cancellationToken);
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
        foreach (var addition in additions)
        {
            await addition.AfterCommitAsync(cancellationToken);
        }

        PlanLog.PostQueued(logger, postKey, channel.ChannelId, late);
    }

    private static OutboxMessage ToChannel(string tenantId, PlanEvent planEvent, PostKind kind, string channelId, string serviceUrl, string dedupeKey, IReadOnlyList<JsonNode> sections)
    {
        var post = OutgoingActivities.Card(MeetingPostCard.Build(PlanViews.Post(planEvent, kind) with { Sections = sections }));
        post.Conversation = new ConversationAccount { Id = channelId, ConversationType = ConversationTypes.Channel, TenantId = tenantId };
        return new OutboxMessage(dedupeKey, tenantId, serviceUrl, channelId, OutboxOperation.Send, post);
    }
}
