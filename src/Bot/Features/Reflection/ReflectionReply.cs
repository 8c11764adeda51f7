using System.Text.Json.Nodes;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// What a reflection action gives back, before it is put on a transport (a dialog, an Action.Execute
/// answer, or a replaced card). Saved carries the receipt card and a short text for a dialog to close with.
/// </summary>
public sealed record ReflectionReply(ReflectionReplyKind Kind, JsonObject? Card, string? Text)
{
    public static ReflectionReply ShowForm(JsonObject card) => new(ReflectionReplyKind.Form, card, null);

    public static ReflectionReply Invalid(JsonObject card) => new(ReflectionReplyKind.Invalid, card, null);

    public static ReflectionReply Saved(JsonObject receipt, string text) => new(ReflectionReplyKind.Saved, receipt, text);

    public static ReflectionReply Show(JsonObject card) => new(ReflectionReplyKind.Card, card, null);

    public static ReflectionReply Refused(string text) => new(ReflectionReplyKind.Text, null, text);

    /// <summary>A short answer that is not a refusal (something was queued).</summary>
    public static ReflectionReply Told(string text) => new(ReflectionReplyKind.Text, null, text);
}

public enum ReflectionReplyKind
{
    /// <summary>The form to fill in.</summary>
    Form,

    /// <summary>The form again, with what was typed and the field errors.</summary>
    Invalid,

    /// <summary>Committed: the receipt.</summary>
    Saved,

    /// <summary>Any other card (a receipt shown again, the leaders' round card).</summary>
    Card,

    /// <summary>A short text instead of a card: why nothing changed, or what was queued.</summary>
    Text,
}
