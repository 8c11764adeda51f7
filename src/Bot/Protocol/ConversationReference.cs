namespace SkoleUtvikling.Bot.Protocol;

/// <summary>What the bot needs to write into a conversation later (proactively).</summary>
public sealed record ConversationReference(string TenantId, string ServiceUrl, string ConversationId, string? BotId);
