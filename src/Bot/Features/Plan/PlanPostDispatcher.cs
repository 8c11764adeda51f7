using SkoleUtvikling.Bot.Features.Reflection;
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
    ReflectionRoundOpener rounds,
    ReflectionReminders reminders,
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

        var channel = await store.ChannelOfAsync(tenantId, planEvent.Programme, cancellationToken);
        if (channel is null)
        {
            PlanLog.PostUnlinked(logger, postKey);
            var text = PlanReplyTexts.PostWithoutChannel(ProgrammeNames.Tag(planEvent.Programme), planEvent.Title, PlanViews.When(planEvent));
            await coordinator.TellAsync(tenantId, $"unlinked:{postKey}", text, cancellationToken);
            return;
        }

        // A lesebestilling opens a round of reflection notes; its post carries the count and the button.
        // The roster is read first, so a Teams outage fails this firing (retried) before anything is stored.
        var dedupeKey = $"post:{postKey}";
        var round = kind == PostKind.Lesebestilling
            ? await rounds.PrepareAsync(tenantId, planEvent, channel.TeamId, channel.ChannelId, channel.ServiceUrl, dedupeKey, cancellationToken)
            : null;
        var stored = await database.InTransactionAsync(async (c, t) =>
        {
            var opened = round is null ? default : await ReflectionRoundOpener.StoreAsync(c, t, round, time.GetUtcNow());
            var count = opened.Count;
            var post = OutgoingActivities.Card(MeetingPostCard.Build(PlanViews.Post(planEvent, kind) with { Reflection = count }));
            post.Conversation = new ConversationAccount { Id = channel.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = tenantId };
            var row = new OutboxMessage(dedupeKey, tenantId, channel.ServiceUrl, channel.ChannelId, OutboxOperation.Send, post);
            await outbox.EnqueueAsync(c, t, row, cancellationToken);
            return opened.Round;
        }, cancellationToken);
        outbox.NotifyCommitted();
        if (stored is not null)
        {
            // After the commit: a failure here retries the firing, which finds the post queued and schedules again.
            await reminders.ScheduleAsync(stored, cancellationToken);
        }

        PlanLog.PostQueued(logger, postKey, channel.ChannelId, late);
    }
}
