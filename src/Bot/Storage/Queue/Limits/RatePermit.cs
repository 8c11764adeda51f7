namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>A call counted against its tenant and its key; hand it back when the answer came.</summary>
public sealed record RatePermit(string TenantId, RateSlot TenantSlot, RateSlot KeySlot);
