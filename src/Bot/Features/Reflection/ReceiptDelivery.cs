namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Where the receipt goes besides the answer to the submit itself.</summary>
public enum ReceiptDelivery
{
    /// <summary>Inline form in a chat: the form message becomes the receipt (PUT), so it stays so after a reload.</summary>
    ReplaceSubmittedCard,

    /// <summary>Dialog opened from a channel: the receipt card goes to the author's 1:1 chat.</summary>
    SendPrivately,
}
