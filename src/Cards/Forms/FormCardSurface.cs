namespace SkoleUtvikling.Cards.Forms;

/// <summary>Where a form is shown, which decides how its buttons reach the bot.</summary>
public enum FormCardSurface
{
    /// <summary>In a chat message: Action.Execute (adaptiveCard/action) with an Action.Submit fallback.</summary>
    Inline,

    /// <summary>In a Teams dialog opened with task/fetch: Action.Submit, which Teams sends as task/submit.</summary>
    Dialog,
}
