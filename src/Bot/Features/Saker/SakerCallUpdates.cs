using System.Data.Common;
using System.Globalization;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// Updates the count under the call-for-saker post (PUT) in the transaction that saved a new sak. The
/// dedupe key holds the count, so a redelivered submit updates nothing twice; the outbox keeps the PUTs
/// of one conversation in order.
/// </summary>
public sealed class SakerCallUpdates(IRoundPostRenderer renderer, IOutbox outbox, ILogger<SakerCallUpdates> logger)
{
    public async Task EnqueueAsync(DbConnection c, DbTransaction t, SakerRound round, int count, CancellationToken cancellationToken)
    {
        var activityId = await SakerRounds.PostActivityIdAsync(c, t, round);
        if (activityId is null)
        {
            SakerLog.CountPostNotSent(logger, round.Id);
            return;
        }

        var card = await renderer.RenderAsync(round.Record, SakerPostSections.Call(SakerViews.Call(round, count)), cancellationToken);
        if (card is null)
        {
            return;
        }

        var update = OutgoingActivities.Card(card);
        update.Conversation = new ConversationAccount { Id = round.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = round.TenantId };
        var key = string.Create(CultureInfo.InvariantCulture, $"saker-count:{round.Id}:{count}");
        await outbox.EnqueueAsync(c, t, new OutboxMessage(key, round.TenantId, round.ServiceUrl, round.ChannelId, OutboxOperation.Update, update, activityId), cancellationToken);
    }
}
