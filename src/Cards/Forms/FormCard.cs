using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// The general form card (Adaptive Cards 1.5): heading, facts, a form-level message, the fields with
/// their errors right under them, and «Send inn» / «Lagre utkast» / «Avbryt». Shown inline or in a
/// dialog; shown again from <see cref="FormCardResult.ShowAgain"/> with everything typed kept.
/// </summary>
public static class FormCard
{
    public static JsonObject Build(FormCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Check(model);
        var body = new List<JsonNode> { CardElements.Heading(model.Heading) };
        if (!string.IsNullOrWhiteSpace(model.Title))
        {
            body.Add(CardElements.Text(model.Title, bold: true));
        }

        if (model.Facts.Count > 0)
        {
            body.Add(CardElements.Facts(model.Facts.Select(f => (f.Title, f.Value))));
        }

        if (!string.IsNullOrWhiteSpace(model.Intro))
        {
            body.Add(CardElements.Text(model.Intro, subtle: true));
        }

        if (!model.ClientChecksRequired && model.Fields.Any(f => f.Required))
        {
            body.Add(CardElements.Text(FormCardTexts.RequiredNote, subtle: true));
        }

        if (model.Notice is { } notice)
        {
            body.Add(NoticeText(notice));
        }

        if (model.Errors.Count > 0)
        {
            body.Add(ErrorText(FormCardTexts.FixErrors));
        }

        foreach (var field in model.Fields)
        {
            body.AddRange(FormCardInputs.Field(model, field));
        }

        body.Add(FormCardButtons.Main(model));
        return CardElements.Card([.. body]);
    }

    /// <summary>Red text right under a field (or above the fields for the whole form).</summary>
    internal static JsonObject ErrorText(string text)
    {
        var block = CardElements.Text(text);
        block["color"] = "Attention";
        block["spacing"] = "None";
        return block;
    }

    private static JsonObject NoticeText(FormCardNotice notice)
    {
        var block = CardElements.Text(notice.Text, bold: notice.Tone != FormCardTone.Info);
        if (notice.Tone != FormCardTone.Info)
        {
            block["color"] = notice.Tone == FormCardTone.Good ? "Good" : "Attention";
        }

        return block;
    }

    // Programmer errors, not user input: a form with two fields of one id or a data key that shadows an
    // input would submit values the parser cannot tell apart.
    private static void Check(FormCardModel model)
    {
        if (model.Fields.Count == 0)
        {
            throw new ArgumentException("A form needs at least one field.", nameof(model));
        }

        if (model.Fields.GroupBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The field id '{twice.Key}' is used twice.", nameof(model));
        }

        if (model.Data.Keys.FirstOrDefault(k => !FormCardIds.IsDataKey(k)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is reserved and cannot be a data key.", nameof(model));
        }
    }
}
