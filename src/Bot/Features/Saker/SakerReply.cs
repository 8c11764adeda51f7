using System.Text.Json.Nodes;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>What a saker action gives back, before it is put on a transport (dialog, Action.Execute answer, replaced card).</summary>
public sealed record SakerReply(SakerReplyKind Kind, JsonObject? Card, string? Text)
{
    public static SakerReply Form(JsonObject card) => new(SakerReplyKind.Form, card, null);

    public static SakerReply Saved(JsonObject receipt, string text) => new(SakerReplyKind.Saved, receipt, text);

    public static SakerReply Show(JsonObject card) => new(SakerReplyKind.Card, card, null);

    public static SakerReply Say(string text) => new(SakerReplyKind.Text, null, text);
}

public enum SakerReplyKind
{
    /// <summary>The form to fill in, or again with what was typed and the errors under the fields.</summary>
    Form,

    /// <summary>Committed: the receipt (already queued for the author's 1:1 chat or replacing the form).</summary>
    Saved,

    /// <summary>Any other card: a receipt shown again, the leader's list.</summary>
    Card,

    /// <summary>A short text: why nothing changed.</summary>
    Text,
}

/// <summary>Where the receipt goes besides the answer to the submit itself.</summary>
public enum SakerReceiptDelivery
{
    /// <summary>Inline form in a 1:1 chat: the form message becomes the receipt (PUT).</summary>
    ReplaceSubmittedCard,

    /// <summary>Dialog from a channel: the receipt goes to the author's 1:1 chat.</summary>
    SendPrivately,
}
