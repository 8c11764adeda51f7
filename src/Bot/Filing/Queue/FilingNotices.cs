using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>The outbox rows that tell people about a job: filed, failed, or waiting for an archive.</summary>
internal sealed class FilingNotices(FilingLedger ledger, BotOptions bot)
{
    public Task<OutboxMessage?> FiledAsync(FilingJobRow row, string text) =>
        PersonalAsync(row, $"filing-filed:{row.Id}", text);

    public Task<OutboxMessage?> FailedAsync(FilingJobRow row, string text) =>
        PersonalAsync(row, $"filing-failed:{row.Id}", text);

    /// <summary>Once per person and team, or once per team in its General channel when nobody asked to be told.</summary>
    public async Task<OutboxMessage?> WaitingAsync(FilingJobRow row)
    {
        if (row.NotifyUserId is not null)
        {
            return await PersonalAsync(row, $"filing-waiting:{row.TenantId}:{row.TeamId}:{row.NotifyUserId}", FilingTexts.WaitingForArchive);
        }

        var serviceUrl = await ledger.TeamServiceUrlAsync(row.TenantId, row.TeamId);
        if (serviceUrl is null)
        {
            return null;
        }

        // The General channel's id is the team id (protocol.md §2); the text names nobody.
        var activity = OutgoingActivities.Text(FilingTexts.WaitingForArchive);
        activity.Conversation = new ConversationAccount { Id = row.TeamId, TenantId = row.TenantId };
        return new OutboxMessage($"filing-waiting:{row.TenantId}:{row.TeamId}", row.TenantId, serviceUrl, row.TeamId, OutboxOperation.Send, activity);
    }

    private async Task<OutboxMessage?> PersonalAsync(FilingJobRow row, string dedupeKey, string text)
    {
        if (row.NotifyUserId is null)
        {
            return null;
        }

        // Opening a 1:1 needs the bot's own id: as Teams last addressed it here, else 28:<app id>.
        var botId = await ledger.BotIdAsync(row.TenantId) ?? (bot.IsDevelopmentMode ? null : "28:" + bot.MicrosoftAppId);
        var activity = OutgoingActivities.Text(text);
        activity.From = botId is null ? null : new ChannelAccount { Id = botId };
        return new OutboxMessage(dedupeKey, row.TenantId, row.NotifyServiceUrl ?? "", row.NotifyUserId, OutboxOperation.CreatePersonal, activity);
    }
}
