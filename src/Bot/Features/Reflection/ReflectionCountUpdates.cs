using System.Data.Common;
using System.Globalization;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Queues the update of the count on the round's channel post (PUT) in the caller's transaction. The
/// dedupe key holds the count, so the same count is never sent twice; a newer count replaces one not yet
/// sent, and the outbox keeps the PUTs of one conversation in order, so the post never goes back to an
/// older count.
/// </summary>
public sealed class ReflectionCountUpdates(IRoundPostRenderer renderer, IOutbox outbox, ILogger<ReflectionCountUpdates> logger)
{
    /// <param name="deadlineMoved">The round's deadline moved (its group's booking changed): the post shows the new one even when the count is the same.</param>
    public async Task<bool> EnqueueAsync(DbConnection c, DbTransaction t, RoundRecord round, int submitted, CancellationToken cancellationToken,
        bool deadlineMoved = false)
    {
        var activityId = await RoundStore.PostActivityIdAsync(c, t, round.PostDedupeKey);
        if (activityId is null)
        {
            ReflectionLog.CountPostNotSent(logger, round.Id);
            return false;
        }

        var count = ReflectionViews.Count(round, submitted);
        var card = await renderer.RenderAsync(round, ReflectionCountCard.Section(count), cancellationToken);
        if (card is null)
        {
            return false;
        }

        var update = OutgoingActivities.Card(card);
        update.Conversation = new ConversationAccount { Id = round.Round.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = round.TenantId };
        var prefix = $"count:{round.Id}:";
        var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}{count.Delivered}:{count.Expected}")
            + (deadlineMoved ? string.Create(CultureInfo.InvariantCulture, $":due{round.Round.Deadline.ToUnixTimeMilliseconds()}") : "");
        return await outbox.EnqueueReplacingAsync(c, t, new OutboxMessage(key, round.TenantId, round.ServiceUrl, round.Round.ChannelId,
            OutboxOperation.Update, update, activityId), prefix, cancellationToken);
    }
}
