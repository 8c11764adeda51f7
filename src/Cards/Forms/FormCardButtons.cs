using System.Globalization;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// The form's buttons: Action.Execute with an Action.Submit fallback inline, Action.Submit in a dialog.
/// Each carries the verb, the caller's data and the version token; the inputs come along by themselves.
/// </summary>
internal static class FormCardButtons
{
    public static JsonObject Main(FormCardModel model)
    {
        var data = Data(model);
        var actions = new List<JsonObject> { Action(model, model.SubmitTitle, model.Verbs.Submit, data) };
        if (model.Verbs.Draft is { } draft)
        {
            actions.Add(Action(model, FormCardTexts.Draft, draft, data));
        }

        if (model.Verbs.Cancel is { } cancel)
        {
            actions.Add(WithoutInputs(Action(model, FormCardTexts.Cancel, cancel, data)));
        }

        return CardActions.ActionSet([.. actions]);
    }

    /// <summary>«Flere punkter» under a points field, telling the bot which field and how many inputs it showed.</summary>
    public static JsonObject MorePoints(FormCardModel model, FormCardField field, string verb, int slots)
    {
        var data = Data(model);
        data[FormCardIds.PointsField] = field.Id;
        data[FormCardIds.PointSlots] = slots.ToString(CultureInfo.InvariantCulture);
        return CardActions.ActionSet(Action(model, FormCardTexts.MorePoints, verb, data));
    }

    private static Dictionary<string, string> Data(FormCardModel model)
    {
        var data = new Dictionary<string, string>(model.Data, StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(model.Version))
        {
            data[FormCardIds.Version] = model.Version;
        }

        return data;
    }

    private static JsonObject Action(FormCardModel model, string title, string verb, IReadOnlyDictionary<string, string> data) =>
        model.Surface == FormCardSurface.Dialog ? CardActions.Submit(title, verb, data) : CardActions.Execute(title, verb, data);

    // «Avbryt» must work on a half-filled form: it sends no inputs, so the client checks none.
    private static JsonObject WithoutInputs(JsonObject action)
    {
        action["associatedInputs"] = "none";
        if (action["fallback"] is JsonObject fallback)
        {
            fallback["associatedInputs"] = "none";
        }

        return action;
    }
}
