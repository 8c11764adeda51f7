using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>
/// One outbox worker as the bot composes it (the real AddStorage, AddBotProtocol and AddOutbox),
/// over a given database and clock, without the web host. Several hosts on one database are
/// several replicas, each with its own owner id.
/// </summary>
public sealed class OutboxHost(TestDatabase database, TimeProvider time, IDictionary<string, string?>? settings = null)
    : QueueHost<OutboxWorker>(database, time, new Dictionary<string, string?>(), settings, LogLevel.Debug, (_, _) => { })
{
    public IOutbox Outbox => Get<IOutbox>();

    /// <summary>What tells this host's readers that its worker closed a conversation.</summary>
    public ClosedConversations Closed => Get<ClosedConversations>();

    /// <summary>A graceful stop: returns when calls under way finished and were recorded.</summary>
    public Task StopAsync() => Worker.StopAsync(CancellationToken.None);

    /// <summary>
    /// Stops without waiting, as a host whose shutdown timeout is spent: the worker claims nothing
    /// more and this returns at once, while calls already under way finish in the background.
    /// </summary>
    public Task StopAbruptlyAsync() => Worker.StopAsync(new CancellationToken(canceled: true));

    /// <summary>Enqueues in one transaction, as a handler does, and rings the worker.</summary>
    public Task<int> EnqueueAsync(IEnumerable<OutboxMessage> messages) =>
        EnqueueAsync(messages, (c, t, m) => Outbox.EnqueueAsync(c, t, m, CancellationToken.None), Outbox.NotifyCommitted);

    /// <summary>Enqueues one message that replaces the conversation's unsent ones of <paramref name="prefix"/>, and rings the worker.</summary>
    public Task<int> EnqueueReplacingAsync(OutboxMessage message, string prefix) =>
        EnqueueAsync([message], (c, t, m) => Outbox.EnqueueReplacingAsync(c, t, m, prefix, CancellationToken.None), Outbox.NotifyCommitted);
}
