namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// Tells this process's readers that the outbox closed a conversation to the bot (the user blocked it,
/// the bot was removed). Closures are rare, so one counter for all conversations is enough: whoever
/// remembers "not closed" remembers it at a <see cref="Version"/> and forgets it when that moves.
/// </summary>
public sealed class ClosedConversations
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Closed() => Interlocked.Increment(ref _version);
}
