using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// Row counts of what an accepted activity leaves behind: the conversation, user, team and channel it
/// named, and any reply queued in the outbox. A refused request must leave all of them as they were.
/// </summary>
public sealed record StoredState(long Conversations, long Users, long Teams, long Channels, long Outbox)
{
    public static async Task<StoredState> ReadAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        return new StoredState(
            await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM conversations"),
            await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users"),
            await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM teams"),
            await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM channels"),
            await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox"));
    }
}
