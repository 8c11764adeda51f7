namespace SkoleUtvikling.Bot.Storage.Outbox.Sending;

/// <summary>A call counted against its tenant and its conversation; hand it back when the answer came.</summary>
public sealed record RatePermit(string TenantId, RateSlot TenantSlot, RateSlot ConversationSlot);
