using System.Text.Json;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>
/// A click no handler took: an old card after a deploy, a removed round, data the bot does not know.
/// Teams shows an error for a 501 or a body it cannot read, so each kind gets the answer it expects
/// (protocol.md §4): a dialog (<c>task/fetch</c>, <c>task/submit</c>) a <c>message</c> task response, a
/// Universal Action (<c>adaptiveCard/action</c>) a message response; an Action.Submit (a message with a
/// value and no text) a reply in the chat.
/// </summary>
public static class StaleCardAnswers
{
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>The invoke answer for an unknown click, or null for invokes that are not card clicks.</summary>
    public static InvokeResponse? ForInvoke(Activity activity) => activity.Name switch
    {
        TaskFetch or TaskSubmit => InvokeResponses.DialogMessage(RoutingTexts.CardNoLongerKnown),
        AdaptiveCardAction => InvokeResponses.Message(RoutingTexts.CardNoLongerKnown),
        _ => null,
    };

    /// <summary>An Action.Submit: a message whose value is an object and that has no typed text.</summary>
    public static bool IsCardSubmit(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.Object };
}
