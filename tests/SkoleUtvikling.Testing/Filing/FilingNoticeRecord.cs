namespace SkoleUtvikling.Testing.Filing;

/// <summary>An outbox row filing enqueued: to whom (a user id for a 1:1, or a channel) and what it says.</summary>
public sealed record FilingNoticeRecord(string DedupeKey, string ConversationId, string Operation, string Text);
