using System.Collections.Concurrent;
using Dapper;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>
/// Keeps the conversation reference (serviceUrl may change) and the users the bot has seen, from
/// every inbound activity. Unchanged references are not rewritten, so a busy channel costs no writes.
/// </summary>
public sealed class ConversationRecorder(Database database, ClosedConversations closed, TimeProvider time) : ITurnObserver
{
    /// <summary>
    /// How long "not closed" is believed without asking the database again. This process's own closures
    /// forget it at once (<see cref="ClosedConversations"/>); another replica's closure is seen within this.
    /// </summary>
    private static readonly TimeSpan OpenBelief = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, string> _known = new();
    private readonly ConcurrentDictionary<string, (long Version, long Until)> _open = new();

    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversation = activity.Conversation;
        var tenantId = activity.TenantId;
        if (conversation is null || string.IsNullOrEmpty(conversation.Id) || tenantId is null || activity.ServiceUrl is null)
        {
            return;
        }

        var from = activity.From;
        var fingerprint = $"{activity.ServiceUrl}|{from?.Id}|{from?.Name}|{from?.EntraObjectId}";
        var cacheKey = $"{tenantId}|{conversation.RootId}|{from?.Id}";
        if (_known.TryGetValue(cacheKey, out var seen) && seen == fingerprint)
        {
            // Nothing new to write, unless the outbox stopped this conversation (blocked, uninstalled):
            // the user writing again means it is usable again.
            await UnblockIfBlockedAsync(tenantId, conversation.RootId, cancellationToken);
            return;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var kind = conversation.ConversationType ?? ConversationTypes.Personal;
        await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(InstallationSql.UpsertConversation, new
            {
                ConversationId = conversation.RootId,
                TenantId = tenantId,
                Kind = kind,
                TeamId = activity.ChannelData?.Team?.Id,
                UserId = kind == ConversationTypes.Personal ? from?.Id : null,
                activity.ServiceUrl,
                BotId = activity.Recipient?.Id,
                Now = now,
            }, t);
            if (from is not null && !string.IsNullOrEmpty(from.Id) && from.Role != "bot")
            {
                await c.ExecuteAsync(InstallationSql.UpsertUser, new
                {
                    TenantId = tenantId,
                    UserId = from.Id,
                    AadObjectId = from.EntraObjectId,
                    from.Name,
                    Now = now,
                }, t);
            }
        }, cancellationToken);
        _known[cacheKey] = fingerprint;
    }

    private async Task UnblockIfBlockedAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        // Asked on every message of a busy chat, this read was a third of the inbound path's time.
        var key = $"{tenantId}|{conversationId}";
        var version = closed.Version;
        var now = time.GetTimestamp();
        if (_open.TryGetValue(key, out var open) && open.Version == version && now < open.Until)
        {
            return;
        }

        bool? blocked;
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            blocked = await c.ExecuteScalarAsync<bool?>(new CommandDefinition(InstallationSql.IsBlocked, new { TenantId = tenantId, ConversationId = conversationId }, cancellationToken: cancellationToken));
        }

        // Through the writer like every write, so it never races a batch for SQLite's lock.
        if (blocked == true)
        {
            await database.ExecuteAsync(InstallationSql.Unblock, new { TenantId = tenantId, ConversationId = conversationId }, cancellationToken);
        }

        _open[key] = (version, now + (long)(OpenBelief.TotalSeconds * time.TimestampFrequency));
    }
}
