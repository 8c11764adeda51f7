using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>The outbox worker's doorbell: rung after a handler committed rows.</summary>
public sealed class OutboxSignal : WorkSignal;
