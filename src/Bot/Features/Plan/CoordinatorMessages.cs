using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Tells the coordinator who published the plan, in the chat they published it from.</summary>
public sealed class CoordinatorMessages(PlanStore store, IOutbox outbox)
{
    /// <returns>False when the tenant has no published plan (nobody to tell).</returns>
    public async Task<bool> TellAsync(string tenantId, string dedupeKey, string text, CancellationToken cancellationToken)
    {
        var publication = await store.PublicationAsync(tenantId, cancellationToken);
        if (publication is null)
        {
            return false;
        }

        var message = OutgoingActivities.Text(text);
        message.Conversation = new ConversationAccount { Id = publication.ConversationId, TenantId = tenantId };
        var row = new OutboxMessage(dedupeKey, tenantId, publication.ServiceUrl, publication.ConversationId, OutboxOperation.Send, message);
        await outbox.EnqueueAsync(row, cancellationToken);
        outbox.NotifyCommitted();
        return true;
    }
}
